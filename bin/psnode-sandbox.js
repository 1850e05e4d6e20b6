#!/usr/bin/env node
'use strict';
require('../dist/psnode-sandbox.js');
