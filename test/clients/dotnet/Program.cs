// Real Microsoft clients nobody here wrote — MSAL.NET, Azure.Identity and the Microsoft Graph SDK — drive a loopback
// psnode sandbox. Config comes from SANDBOX_CLIENT_CONFIG (JSON, see test/clients/sandbox-clients.ts); the managed
// identity variables (IDENTITY_ENDPOINT, IDENTITY_HEADER) point at the sandbox. Every HTTP connection goes through one
// handler that trusts only the sandbox CA and refuses any host but loopback (reported on stderr).
// It prints one JSON line per case, `library/case`: what the client saw; the jest test judges them.
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Identity.Client;
using MsalManagedIdentityId = Microsoft.Identity.Client.AppConfig.ManagedIdentityId;
using Microsoft.Kiota.Abstractions.Authentication;

var config = JsonSerializer.Deserialize<Dictionary<string, string>>(Environment.GetEnvironmentVariable("SANDBOX_CLIENT_CONFIG")!)!;
var ca = X509Certificate2.CreateFromPem(File.ReadAllText(config["caCertificatePath"]));
var http = new Loopback(ca);
const string GraphResource = "https://graph.microsoft.com";
string[] graphScopes = [$"{GraphResource}/.default"];
var authority = new Uri(config["authorityHost"]);
var demoCertificate = X509Certificate2.CreateFromPemFile(config["certificatePemPath"]);
var otherCertificate = X509Certificate2.CreateFromPemFile(config["unregisteredCertificatePemPath"]);
string Tenant(string? t) => t ?? config["tenantId"];
const string UnknownApp = "00000000-0000-0000-0000-00000000abcd";
const string UnknownTenant = "00000000-0000-0000-0000-00000000dcba";
const string UnknownIdentity = "00000000-0000-0000-0000-0000000000ee";

// --- MSAL.NET ---------------------------------------------------------------------------------------------------
IConfidentialClientApplication Msal(Func<ConfidentialClientApplicationBuilder, ConfidentialClientApplicationBuilder> credential, string? tenant = null, string? clientId = null) =>
    credential(ConfidentialClientApplicationBuilder.Create(clientId ?? config["clientId"]))
        .WithAuthority($"{config["authorityHost"]}/{Tenant(tenant)}", validateAuthority: false)
        .WithInstanceDiscovery(false)
        .WithHttpClientFactory(http)
        .Build();
IManagedIdentityApplication MsalManaged(MsalManagedIdentityId id) => ManagedIdentityApplicationBuilder.Create(id).WithHttpClientFactory(http).Build();

async Task<Observation> MsalToken(Func<Task<AuthenticationResult>> get)
{
    try { return Observation.OfToken((await get()).AccessToken); }
    catch (MsalServiceException e) { return Observation.OfFailure(e.GetType().Name, e.ErrorCode, e.Message, e.StatusCode); }
}

Task<Observation> MsalClient(IConfidentialClientApplication app, string[]? scopes = null) => MsalToken(() => app.AcquireTokenForClient(scopes ?? graphScopes).ExecuteAsync());
Task<Observation> MsalMi(MsalManagedIdentityId id, string resource = GraphResource) => MsalToken(() => MsalManaged(id).AcquireTokenForManagedIdentity(resource).ExecuteAsync());

Emit("msal/secret", await MsalClient(Msal(b => b.WithClientSecret(config["clientSecret"]))));
Emit("msal/secret-tenant-domain", await MsalClient(Msal(b => b.WithClientSecret(config["clientSecret"]), config["tenantDomain"])));
Emit("msal/certificate", await MsalClient(Msal(b => b.WithCertificate(demoCertificate))));
Emit("msal/certificate-x5c", await MsalClient(Msal(b => b.WithCertificate(demoCertificate, sendX5C: true))));
Emit("msal/managed-identity-system", await MsalMi(MsalManagedIdentityId.SystemAssigned));
Emit("msal/managed-identity-user-client-id", await MsalMi(MsalManagedIdentityId.WithUserAssignedClientId(config["userAssignedClientId"])));
Emit("msal/managed-identity-user-resource-id", await MsalMi(MsalManagedIdentityId.WithUserAssignedResourceId(config["userAssignedResourceId"])));
Emit("msal/managed-identity-other-resource", await MsalMi(MsalManagedIdentityId.WithUserAssignedClientId(config["userAssignedClientId"]), "https://vault.azure.net"));
Emit("msal/secret-wrong", await MsalClient(Msal(b => b.WithClientSecret("not-the-secret"))));
Emit("msal/application-unknown", await MsalClient(Msal(b => b.WithClientSecret(config["clientSecret"]), clientId: UnknownApp)));
Emit("msal/tenant-unknown", await MsalClient(Msal(b => b.WithClientSecret(config["clientSecret"]), UnknownTenant)));
Emit("msal/certificate-unregistered", await MsalClient(Msal(b => b.WithCertificate(otherCertificate))));
Emit("msal/scope-not-default", await MsalClient(Msal(b => b.WithClientSecret(config["clientSecret"])), [$"{GraphResource}/User.Read.All"]));
Emit("msal/managed-identity-not-assigned", await MsalMi(MsalManagedIdentityId.WithUserAssignedClientId(UnknownIdentity)));

// --- Azure.Identity ---------------------------------------------------------------------------------------------
T Options<T>(T options) where T : TokenCredentialOptions
{
    options.AuthorityHost = authority;
    options.Transport = new HttpClientTransport(http.CreateHttpClient());
    options.Retry.MaxRetries = 0;
    return options;
}
ClientSecretCredential Secret(string secret, string? tenant = null, string? clientId = null) =>
    new(Tenant(tenant), clientId ?? config["clientId"], secret, Options(new ClientSecretCredentialOptions { DisableInstanceDiscovery = true }));
ClientCertificateCredential Certificate(X509Certificate2 certificate, bool sendChain = false) =>
    new(config["tenantId"], config["clientId"], certificate, Options(new ClientCertificateCredentialOptions { DisableInstanceDiscovery = true, SendCertificateChain = sendChain }));
ManagedIdentityCredential Managed(ManagedIdentityId id) => new(Options(new ManagedIdentityCredentialOptions(id)));

async Task<Observation> AzureToken(TokenCredential credential, string[]? scopes = null)
{
    try { return Observation.OfToken((await credential.GetTokenAsync(new TokenRequestContext(scopes ?? graphScopes), default)).Token); }
    catch (AuthenticationFailedException e)
    {
        // Azure.Identity's own message is only `XCredential authentication failed: `; Entra's answer is in the MSAL exception it wraps.
        var inner = e.InnerException as MsalServiceException;
        var observation = Observation.OfFailure(e.GetType().Name, inner?.ErrorCode, inner?.Message ?? e.Message, inner?.StatusCode);
        observation["outerMessage"] = e.Message;
        return observation;
    }
}

var azureSecret = Secret(config["clientSecret"]);
Emit("azure-identity/secret", await AzureToken(azureSecret));
Emit("azure-identity/secret-tenant-domain", await AzureToken(Secret(config["clientSecret"], config["tenantDomain"])));
Emit("azure-identity/certificate", await AzureToken(Certificate(demoCertificate)));
Emit("azure-identity/certificate-x5c", await AzureToken(Certificate(demoCertificate, sendChain: true)));
var systemAssigned = Managed(ManagedIdentityId.SystemAssigned);
Emit("azure-identity/managed-identity-system", await AzureToken(systemAssigned));
var userAssigned = Managed(ManagedIdentityId.FromUserAssignedClientId(config["userAssignedClientId"]));
Emit("azure-identity/managed-identity-user-client-id", await AzureToken(userAssigned));
Emit("azure-identity/managed-identity-user-resource-id", await AzureToken(Managed(ManagedIdentityId.FromUserAssignedResourceId(new ResourceIdentifier(config["userAssignedResourceId"])))));
Emit("azure-identity/managed-identity-other-resource", await AzureToken(userAssigned, ["https://vault.azure.net/.default"]));
Emit("azure-identity/secret-wrong", await AzureToken(Secret("not-the-secret")));
Emit("azure-identity/application-unknown", await AzureToken(Secret(config["clientSecret"], clientId: UnknownApp)));
Emit("azure-identity/tenant-unknown", await AzureToken(Secret(config["clientSecret"], UnknownTenant)));
Emit("azure-identity/certificate-unregistered", await AzureToken(Certificate(otherCertificate)));
Emit("azure-identity/scope-not-default", await AzureToken(azureSecret, [$"{GraphResource}/User.Read.All"]));
Emit("azure-identity/managed-identity-not-assigned", await AzureToken(Managed(ManagedIdentityId.FromUserAssignedClientId(UnknownIdentity))));

// --- Microsoft Graph SDK ----------------------------------------------------------------------------------------
var graphBase = $"{config["graphEndpoint"]}/v1.0";
GraphServiceClient Graph(IAuthenticationProvider auth) => new(GraphClientFactory.Create(finalHandler: http.CreateHandler()), auth, graphBase);
IAuthenticationProvider Bearer(TokenCredential credential) =>
    new Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider(credential, [new Uri(config["graphEndpoint"]).Host], null, true, graphScopes);
var graph = Graph(Bearer(azureSecret));

async Task<Observation> Call(Func<Task<Observation>> call)
{
    try { return await call(); }
    catch (ODataError e) { return new Observation { ["status"] = e.ResponseStatusCode, ["code"] = e.Error?.Code, ["message"] = e.Error?.Message }; }
}
Observation Ok(params (string Key, object? Value)[] fields)
{
    var o = new Observation { ["status"] = 200 };
    foreach (var (key, value) in fields) o[key] = value;
    return o;
}

Emit("graph-sdk/graph-list", await Call(async () =>
{
    var page = await graph.Users.GetAsync();
    return Ok(("count", page!.Value!.Count), ("nextLink", page.OdataNextLink));
}));
Emit("graph-sdk/graph-filter", await Call(async () =>
{
    var page = await graph.Users.GetAsync(r => r.QueryParameters.Filter = "startswith(displayName,'A')");
    return Ok(("displayNames", page!.Value!.Select(u => u.DisplayName).ToArray()));
}));
Emit("graph-sdk/graph-select", await Call(async () =>
{
    var first = (await graph.Users.GetAsync(r => r.QueryParameters.Select = ["id", "displayName"]))!.Value![0];
    var shown = new (string, object?)[] { ("id", first.Id), ("displayName", first.DisplayName), ("mail", first.Mail), ("userPrincipalName", first.UserPrincipalName), ("jobTitle", first.JobTitle) };
    return Ok(("keys", shown.Where(p => p.Item2 is not null).Select(p => p.Item1).ToArray()));
}));
Emit("graph-sdk/graph-top-paging", await Call(async () =>
{
    var pageSizes = new List<int>();
    var page = await graph.Users.GetAsync(r => r.QueryParameters.Top = 5);
    for (; ; page = await graph.Users.WithUrl(page.OdataNextLink).GetAsync())
    {
        pageSizes.Add(page!.Value!.Count);
        if (page.OdataNextLink is null) break;
    }
    var ids = new List<string>();
    var iterator = PageIterator<User, UserCollectionResponse>.CreatePageIterator(graph, (await graph.Users.GetAsync(r => r.QueryParameters.Top = 5))!, u => { ids.Add(u.Id!); return true; });
    await iterator.IterateAsync();
    return new Observation { ["pageSizes"] = pageSizes, ["ids"] = ids };
}));
Emit("graph-sdk/graph-count", await Call(async () =>
{
    var page = await graph.Users.GetAsync(r => { r.QueryParameters.Count = true; r.QueryParameters.Top = 1; r.Headers.Add("ConsistencyLevel", "eventual"); });
    return Ok(("count", page!.OdataCount));
}));
Emit("graph-sdk/graph-count-segment", await Call(async () => Ok(("body", await graph.Users.Count.GetAsync(r => r.Headers.Add("ConsistencyLevel", "eventual"))))));
Emit("graph-sdk/graph-members-cast", await Call(async () =>
    Ok(("count", (await graph.Groups[config["groupId"]].Members.GraphUser.GetAsync(r => r.QueryParameters.Select = ["id"]))!.Value!.Count))));
Emit("graph-sdk/graph-managed-identity", await Call(async () =>
    Ok(("count", (await Graph(Bearer(userAssigned)).Users.GetAsync(r => r.QueryParameters.Top = 1))!.Value!.Count))));
async Task<Observation> Fails(Func<Task> call) => await Call(async () => { await call(); return Ok(); });
Emit("graph-sdk/graph-count-without-eventual", await Fails(() => graph.Users.Count.GetAsync()));
Emit("graph-sdk/graph-user-unknown", await Fails(() => graph.Users["00000000-0000-0000-0000-000000000bad"].GetAsync()));
Emit("graph-sdk/graph-filter-invalid", await Fails(() => graph.Users.GetAsync(r => r.QueryParameters.Filter = "displayName eq")));
Emit("graph-sdk/graph-no-permission", await Fails(() => Graph(Bearer(systemAssigned)).Users.GetAsync()));
Emit("graph-sdk/graph-wrong-audience", await Fails(() => Graph(new VaultTokenProvider(userAssigned)).Users.GetAsync()));
Emit("graph-sdk/graph-no-token", await Fails(() => Graph(new AnonymousAuthenticationProvider()).Users.GetAsync()));

return http.Refused.IsEmpty ? 0 : 3;

static void Emit(string name, Observation observation)
{
    observation["case"] = name;
    Console.WriteLine(JsonSerializer.Serialize(observation));
}

/// <summary>One case's observation: a token's claims, or a failure's class, codes and message.</summary>
sealed class Observation : Dictionary<string, object?>
{
    public static Observation OfToken(string accessToken)
    {
        var payload = accessToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var claims = JsonDocument.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '='))).RootElement;
        string? Claim(string name) => claims.TryGetProperty(name, out var v) ? v.GetString() : null;
        var roles = claims.TryGetProperty("roles", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToArray() : [];
        return new Observation { ["ok"] = true, ["aud"] = Claim("aud"), ["appid"] = Claim("appid"), ["tid"] = Claim("tid"), ["idtyp"] = Claim("idtyp"), ["roles"] = roles };
    }

    public static Observation OfFailure(string errorName, string? error, string message, int? status) => new()
    {
        ["ok"] = false,
        ["errorName"] = errorName,
        ["error"] = error,
        ["status"] = status,
        ["aadsts"] = Regex.Matches(message, @"AADSTS(\d+)").Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToArray(),
        ["message"] = message,
    };
}

/// <summary>A bearer token for another resource (Key Vault), for Graph's invalid-audience answer.</summary>
sealed class VaultTokenProvider(TokenCredential credential) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(Microsoft.Kiota.Abstractions.RequestInformation request, Dictionary<string, object>? context = null, CancellationToken cancellationToken = default)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext(["https://vault.azure.net/.default"]), cancellationToken);
        request.Headers.Add("Authorization", $"Bearer {token.Token}");
    }
}

/// <summary>The only way out of this process: HTTP(S) to loopback, trusting the sandbox CA alone.</summary>
sealed class Loopback(X509Certificate2 ca) : IMsalHttpClientFactory
{
    public System.Collections.Concurrent.ConcurrentBag<string> Refused { get; } = [];

    public SocketsHttpHandler CreateHandler() => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            // No name is looked up: a literal address or localhost, and only loopback.
            var address = host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? literal : null;
            if (address is null || !IPAddress.IsLoopback(address))
            {
                Refused.Add(host);
                Console.Error.WriteLine($"loopback guard: refused connection to non-loopback host '{host}'");
                throw new HttpRequestException($"loopback guard: refused {host}");
            }
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(address, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, certificate, _, errors) => TrustedBySandboxCa(certificate, errors) },
    };

    public HttpClient GetHttpClient() => CreateHttpClient();

    public HttpClient CreateHttpClient() => new(CreateHandler());

    bool TrustedBySandboxCa(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch)) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(certificate));
    }
}
