// The demo tenant: fixed, documented values (src/sandbox/README.md) so the docs' outputs are the same on every machine.
// Like Azurite's well-known account key, the demo certificate's private key and the demo client secret are PUBLIC BY
// DESIGN: they only work against this loopback sandbox. Only the secret's salted hash goes into the tenant state.
import { passwordCredential, keyCredentialFromCertificate } from '../credentials';
import type { Group, SandboxState, Tenant, User } from '../model';
import { DEMO_CERTIFICATE_PEM, DEMO_PFX_BASE64 } from './demo-certificate';

const CREATED = '2025-01-01T00:00:00Z';
const SECRET_START = new Date('2025-01-01T00:00:00Z');
const SECRET_END = new Date('2050-01-01T00:00:00Z');

export const DEMO = {
  tenantId: '7c03842c-7b08-4393-a3e9-e9a6549bb7ed',
  tenantDomain: 'psnodesandbox.onmicrosoft.com',
  tenantDisplayName: 'psnode Sandbox',
  applicationName: 'Your Awesome Application Name Here',
  applicationId: '28f037fc-8da1-4021-bd8d-fb4da1cd4d58',
  applicationObjectId: '9b5beb8c-77dc-40af-9c02-9ba5938cf9bc',
  servicePrincipalId: '4c6a3c03-1c3e-43da-a2db-486e50db69e1',
  grantedRoles: ['User.Read.All', 'Group.Read.All'],
  certificateSubject: 'CN=psnode sandbox demo',
  certificateThumbprint: '57052FAD65EDBCEEFF71DB1E9D7BED7A8CFACF0A',
  certificateKeyId: 'd3b7a58f-03e9-4384-82da-a9d7c146fd6a',
  clientSecret: 'psn8Q~SandboxDemoSecret.PublicByDesign00',
  clientSecretKeyId: '26839672-2aeb-4171-bb2f-17caf8de137c',
  systemAssignedIdentity: {
    name: 'psnode-sandbox-host',
    clientId: 'ed2d6077-88dd-4f7f-ab74-6e15b92302fc',
    principalId: '98094d89-f3ba-4486-9f70-70587bee4d58',
  },
  userAssignedIdentity: {
    name: 'psnode-sandbox-identity',
    clientId: 'e9008e41-222d-4b8c-b796-9d65b9da8a6b',
    principalId: '3d116b43-1b97-4db3-8f81-2328ba60e0d9',
  },
  subscriptionId: '070c13f6-47bc-45fd-9727-898d36a1a13a',
} as const;

const RESOURCE_GROUP = `/subscriptions/${DEMO.subscriptionId}/resourceGroups/psnode-sandbox/providers`;

export function demoPfx(): Buffer {
  return Buffer.from(DEMO_PFX_BASE64, 'base64');
}

export function demoCertificatePem(): string {
  return DEMO_CERTIFICATE_PEM;
}

// The Microsoft 365 demo personas, so Graph output looks like the docs' examples: given name, surname, job title,
// department, office, city, state, country (and usage location), and the manager's given name.
const PEOPLE: Array<[string, string, string, string, string, string, string, string, string | null]> = [
  ['Adele', 'Vance', 'Retail Manager', 'Retail', '18/2111', 'Salt Lake City', 'UT', 'US', 'Nestor'],
  ['Alex', 'Wilber', 'Marketing Assistant', 'Marketing', '131/1104', 'San Diego', 'CA', 'US', 'Megan'],
  ['Diego', 'Siciliani', 'HR Manager', 'HR', '14/1108', 'Birmingham', 'AL', 'US', 'Nestor'],
  ['Grady', 'Archie', 'Designer', 'R&D', '19/2109', 'Bloomington', 'IN', 'US', 'Lidia'],
  ['Isaiah', 'Langer', 'Sales Rep', 'Sales', '20/1101', 'Tulsa', 'OK', 'US', 'Miriam'],
  ['Johanna', 'Lorenz', 'Senior Engineer', 'Engineering', '23/2102', 'Louisville', 'KY', 'US', 'Lidia'],
  ['Lee', 'Gu', 'Director', 'Manufacturing', '23/3101', 'Miami', 'FL', 'US', null],
  ['Lidia', 'Holloway', 'Product Manager', 'Engineering', '20/2107', 'Tulsa', 'OK', 'US', 'Lee'],
  ['Lynne', 'Robbins', 'Planner', 'Retail', '20/1104', 'Tulsa', 'OK', 'US', 'Nestor'],
  ['Megan', 'Bowen', 'Marketing Manager', 'Marketing', '12/1110', 'Pittsburgh', 'PA', 'US', 'Miriam'],
  ['Miriam', 'Graham', 'Director', 'Sales & Marketing', '131/2103', 'San Diego', 'CA', 'US', null],
  ['Nestor', 'Wilke', 'Director', 'Operations', '36/2121', 'Seattle', 'WA', 'US', null],
];

const USER_IDS = [
  '3d4dc8a9-efe8-4341-a611-194722516405', 'aeaae8e6-7b0a-43b7-971c-3fe308d0285c', '4bc27373-76d0-4a1d-b3b5-12efdcc6d2b3',
  '2e970de8-1910-4a9c-9e70-5ad2dfa42afc', '0d8cbc1f-0b11-4626-9a8c-cc130f93b6b7', '990a664f-7b82-4519-8bef-4d701f02bd99',
  'f22eb948-671a-4992-b740-67aa370a2193', '9084ecda-fd3a-4303-8e83-1c383f510b86', '33a1ab27-23d6-4bfb-9593-d19a616538b6',
  '5313cd16-112f-42f0-a2bf-5673d2521f69', '51871154-719e-408c-bb2b-ff04d84e88c0', '1568eb8a-d618-4ccb-852b-47dd1abfb292',
];

function demoUsers(): User[] {
  return PEOPLE.map(([givenName, surname, jobTitle, department, officeLocation, city, state, country, manager], i) => {
    const upn = `${givenName}${surname[0]}@${DEMO.tenantDomain}`;
    const managerIndex = PEOPLE.findIndex(([name]) => name === manager);
    return {
      id: USER_IDS[i],
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      userPrincipalName: upn,
      mail: upn,
      jobTitle,
      department,
      officeLocation,
      mobilePhone: null,
      businessPhones: [`+1 425 555 01${String(i + 10)}`],
      preferredLanguage: 'en-US',
      accountEnabled: true,
      createdDateTime: CREATED,
      managerId: managerIndex < 0 ? null : USER_IDS[managerIndex],
      properties: {
        city,
        state,
        country,
        usageLocation: country,
        companyName: DEMO.tenantDisplayName,
        mailNickname: `${givenName}${surname[0]}`,
        employeeId: String(1001 + i),
        userType: 'Member',
        creationType: null,
        proxyAddresses: [`SMTP:${upn}`],
      },
      ownerIds: [],
    };
  });
}

function group(id: string, displayName: string, description: string, memberIds: string[], unified: boolean, ownerIds: string[]): Group {
  const mailNickname = displayName.replace(/[^A-Za-z]/g, '');
  return {
    id,
    displayName,
    description,
    mailNickname,
    mail: unified ? `${mailNickname}@${DEMO.tenantDomain}` : null,
    mailEnabled: unified,
    securityEnabled: !unified,
    groupTypes: unified ? ['Unified'] : [],
    visibility: unified ? 'Public' : null,
    createdDateTime: CREATED,
    memberIds,
    ownerIds,
  };
}

function demoGroups(): Group[] {
  const byDepartment = (...departments: string[]) =>
    PEOPLE.flatMap(([, , , department], i) => (departments.includes(department) ? [USER_IDS[i]] : []));
  return [
    group('0a1fef69-5a98-43ff-9194-ee0e0dbc38f1', 'All Company', 'This is the default group for everyone in the network', [...USER_IDS], true, [USER_IDS[9]]),
    group('0fcffac2-2064-4c46-a507-4d362bfcb3ae', 'Sales and Marketing', 'Marketing campaigns and sales pipeline', byDepartment('Sales', 'Marketing', 'Sales & Marketing'), true, [USER_IDS[10]]),
    group('5f363808-37df-4189-962c-d1cf6c1410ce', 'Engineering', 'Engineering and design', byDepartment('Engineering', 'R&D'), false, [USER_IDS[7]]),
    group('71197944-760f-4097-a719-c539a3265c62', 'Operations', 'Operations, manufacturing and retail', byDepartment('Operations', 'Manufacturing', 'Retail', 'HR'), false, [USER_IDS[11]]),
  ];
}

export function demoTenant(): Tenant {
  const { systemAssignedIdentity: sys, userAssignedIdentity: uai } = DEMO;
  return {
    id: DEMO.tenantId,
    domain: DEMO.tenantDomain,
    displayName: DEMO.tenantDisplayName,
    createdDateTime: CREATED,
    applications: [
      {
        id: DEMO.applicationObjectId,
        appId: DEMO.applicationId,
        displayName: DEMO.applicationName,
        createdDateTime: CREATED,
        keyCredentials: [keyCredentialFromCertificate(DEMO_CERTIFICATE_PEM, DEMO.certificateSubject, DEMO.certificateKeyId)],
        passwordCredentials: [passwordCredential(DEMO.clientSecret, 'psnode sandbox demo secret', SECRET_START, SECRET_END, DEMO.clientSecretKeyId)],
        grantedRoles: [...DEMO.grantedRoles],
      },
    ],
    servicePrincipals: [
      {
        id: DEMO.servicePrincipalId,
        appId: DEMO.applicationId,
        displayName: DEMO.applicationName,
        servicePrincipalType: 'Application',
        createdDateTime: CREATED,
        passwordCredentials: [],
        alternativeNames: [],
      },
      {
        id: sys.principalId,
        appId: sys.clientId,
        displayName: sys.name,
        servicePrincipalType: 'ManagedIdentity',
        createdDateTime: CREATED,
        passwordCredentials: [],
        alternativeNames: ['isExplicit=False', `${RESOURCE_GROUP}/Microsoft.Web/sites/${sys.name}`],
      },
      {
        id: uai.principalId,
        appId: uai.clientId,
        displayName: uai.name,
        servicePrincipalType: 'ManagedIdentity',
        createdDateTime: CREATED,
        passwordCredentials: [],
        alternativeNames: ['isExplicit=True', `${RESOURCE_GROUP}/Microsoft.ManagedIdentity/userAssignedIdentities/${uai.name}`],
      },
    ],
    managedIdentities: [
      { kind: 'SystemAssigned', ...sys, resourceId: `${RESOURCE_GROUP}/Microsoft.Web/sites/${sys.name}`, grantedRoles: [] },
      {
        kind: 'UserAssigned',
        ...uai,
        resourceId: `${RESOURCE_GROUP}/Microsoft.ManagedIdentity/userAssignedIdentities/${uai.name}`,
        grantedRoles: ['User.Read.All'],
      },
    ],
    users: demoUsers(),
    groups: demoGroups(),
  };
}

export function seedState(): SandboxState {
  return { version: 1, tenants: [demoTenant()] };
}
