function Broken {
    'body'
