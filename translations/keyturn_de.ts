<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Keyturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="156"/>
        <source>The demo&apos;s sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="201"/>
        <source>The demo could not sync from its sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn</name>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="94"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="98"/>
        <source>a rotation is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="104"/>
        <source>age %1 d, policy %2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="106"/>
        <source> (above %1× the interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="109"/>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="116"/>
        <source>rotation due in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="127"/>
        <source>unused for %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="127"/>
        <source>never used in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="129"/>
        <source> (potentially stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="132"/>
        <source> (possible stale deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="54"/>
        <source>a credential needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="56"/>
        <source>credential %1 needs a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="58"/>
        <source>credential %1 needs an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="60"/>
        <source>credential %1: the rotation interval must be at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="62"/>
        <source>credential %1: the grace period cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="64"/>
        <source>credential %1: criticality must be low, medium, high or critical, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="21"/>
        <source>%1: &apos;%2&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="23"/>
        <source>%1: put no user name or password in the URL; tokens come from the keychain or the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="29"/>
        <source>%1: plain http is only allowed to this machine (loopback); use https for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="25"/>
        <source>the platform answered without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="18"/>
        <source>the OS keychain could not %1 (%2); set %3 instead, or unlock a Secret Service keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="24"/>
        <source>vault answered without %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AuditLog</name>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="46"/>
        <source>internal error: an audit event must be written in the transaction of its change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="52"/>
        <source>the audit log has no head row; the workspace is damaged, nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="108"/>
        <source>The audit log&apos;s head record is missing: the log was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="131"/>
        <source>Event #%1 is missing: the chain jumps from #%2 to #%3 (events were removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="136"/>
        <source>Event #%1 is out of place (events were reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="140"/>
        <source>Event #%1 (%2 by %3) was altered or moved: its content does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="145"/>
        <source>Event #%1 does not follow event #%2: #%2 was altered or replaced, or events were removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="156"/>
        <source>Verification was cancelled after %1 events; nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="163"/>
        <source>Events #%1 to #%2 at the end of the log are missing (they were removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="169"/>
        <source>The audit log&apos;s head record does not match event #%1: the log was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ChooseKeyPage</name>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="29"/>
        <source>Choose the key to rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="30"/>
        <source>Held keys only: keys Keyturn issues to API consumers rotate as campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="32"/>
        <source>Choose the key to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="33"/>
        <source>A new key replaces it in the vault and the old key is revoked at once, without a grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="37"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="37"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="37"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="37"/>
        <location filename="../ui/ChooseKeyPage.cpp" line="79"/>
        <source>Grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="37"/>
        <source>Latest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="45"/>
        <source>Filter by name, provider or environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="47"/>
        <source>Filter keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="51"/>
        <source>Held keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="85"/>
        <source>&amp;Grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="125"/>
        <source>Could not read the inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="140"/>
        <source>Vault path %1; used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="147"/>
        <source>There are no held keys in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="149"/>
        <source>The key chosen before is not a held key that can be rotated; choose one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="217"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="218"/>
        <source>the key&apos;s own: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="218"/>
        <source>the key&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="221"/>
        <source>Empty: the key&apos;s own grace period. Otherwise a duration such as 30s, 15m, 2h, 7d or 1h30m. The old key stays valid this long after the new one is in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="225"/>
        <source>Both keys stay valid for %1 after the new key is in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="227"/>
        <source>“%1” is not a duration: use a whole number with s, m, h, d or w, such as 30s, 15m, 2h, 7d or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ConfirmRotationPage</name>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="15"/>
        <source>Start the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="16"/>
        <source>Once started, the run goes on by itself until it completes or needs you; it can be rolled back while the old key is still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="19"/>
        <source>&amp;Start rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="43"/>
        <source>No plan was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="47"/>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="50"/>
        <source>Rotate %1 now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="51"/>
        <source>1. Create a new key at the provider, named after the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="52"/>
        <source>2. Write it to the vault at %1; %2 pick it up from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="54"/>
        <source>the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="55"/>
        <source>3. Keep the old key (%1) valid for the grace period of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="57"/>
        <source>4. Revoke the old key once the new key is seen in use and the old key has been quiet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="60"/>
        <source>You accepted that this provider holds one key at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="61"/>
        <source>Every step is recorded in the audit log as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="71"/>
        <source>The services are not connected: nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="76"/>
        <source>The rotation did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ConnectionProfile</name>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="72"/>
        <source>profile name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="73"/>
        <source>the platform URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="75"/>
        <source>the vault URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="79"/>
        <source>the vault mount &apos;%1&apos; is not a mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="82"/>
        <source>mail transport must be mail-api or smtp, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="85"/>
        <source>the mail API transport needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="86"/>
        <source>the mail API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="92"/>
        <source>the SMTP URL &apos;%1&apos; is not an smtp:// or smtps:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="94"/>
        <source>the SMTP URL must hold no password; it comes from KEYTURN_SMTP_PASSWORD or the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="99"/>
        <source>the sender &apos;%1&apos; is not a mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="102"/>
        <source>the CA bundle %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::Connections</name>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="64"/>
        <source>no platform is configured in the connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="71"/>
        <source>%1 has no provider admin API URL (provider_api) to create and revoke its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="92"/>
        <source>no token for the %1 admin API: set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="200"/>
        <source>reachable at %1; token accepted; %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="205"/>
        <location filename="../app/core/net/Connections.cpp" line="232"/>
        <location filename="../app/core/net/Connections.cpp" line="301"/>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="219"/>
        <source>reachable, but the vault is sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="219"/>
        <source>reachable, but not initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="225"/>
        <source>reachable, unsealed (%1); token valid, policies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="257"/>
        <source>reachable, but there is no mail API token (KEYTURN_MAIL_TOKEN or the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="260"/>
        <source>reachable at %1; token accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="264"/>
        <source>reachable at %1; the token is checked on the first send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="288"/>
        <source>SMTP server %1:%2 accepts connections; TLS and login are checked on the first send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="294"/>
        <source>cannot reach the SMTP server %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="297"/>
        <source>no answer from the SMTP server %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="17"/>
        <source>Key health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="35"/>
        <source>Show the keys that are %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="47"/>
        <source>Charts of key age against policy, days since last use and upcoming rotations come with the dashboard capability; the figures above are live from the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="74"/>
        <source>%1 held keys and %2 issued keys across %3 providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::Database</name>
    <message>
        <location filename="../app/core/store/Database.cpp" line="39"/>
        <source>PostgreSQL workspaces are not supported by this build yet; use a SQLite workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="41"/>
        <source>No workspace given: name a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="45"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="49"/>
        <source>There is no workspace at %1; create one with &apos;keyturnctl --workspace %1 init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="51"/>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="54"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="65"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="72"/>
        <source>%1 is not a Keyturn workspace (not a readable SQLite database: %2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="114"/>
        <location filename="../app/core/store/Database.cpp" line="122"/>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="131"/>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="140"/>
        <source>commit without a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="145"/>
        <source>an earlier step of this change failed, so none of it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="150"/>
        <source>cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="175"/>
        <source>%1 is a SQLite database but not a Keyturn workspace (it has no schema_migrations table). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="190"/>
        <source>The workspace %1 was written by a newer Keyturn (schema %2; this build knows up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="204"/>
        <source>Migrating the workspace to schema %1 failed (%2); it was left at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::DemoWorld</name>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="256"/>
        <source>Cannot replace the demo workspace at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="603"/>
        <source>Building the demo workspace failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::EmergencyConfirmPage</name>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="18"/>
        <source>Revoke the key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="19"/>
        <source>For a leaked or compromised key: a new key goes to the vault and the old one is revoked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="21"/>
        <source>&amp;Revoke now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="27"/>
        <source>&amp;Reason (required, recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="30"/>
        <source>Reason for the emergency revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="31"/>
        <source>What happened, e.g. “key pasted in a public issue”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="39"/>
        <source>Type the key&apos;s name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="65"/>
        <source>The old key of %1 stops working as soon as the new key is in the vault, without a grace period. Services that have not picked up the new key fail until they do. Providers that hold one key at a time are replaced the same way. The run is marked urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="69"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="88"/>
        <source>The services are not connected: nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="99"/>
        <source>The emergency revocation did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::EmergencyRevokeWizard</name>
    <message>
        <location filename="../ui/EmergencyRevokeWizard.cpp" line="13"/>
        <source>Emergency revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::HttpJob</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="122"/>
        <location filename="../app/core/net/HttpJob.cpp" line="235"/>
        <source>the request to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="132"/>
        <source>%1: &apos;%2&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="192"/>
        <location filename="../app/core/net/HttpJob.cpp" line="213"/>
        <source>%1 at %2 sent more than %3 bytes; the answer was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="200"/>
        <source>no answer from %1 at %2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="229"/>
        <source>TLS with %1 at %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="232"/>
        <source>no answer from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="239"/>
        <source>cannot reach %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::HttpResponse</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="50"/>
        <source>%1 answered with malformed JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="53"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="78"/>
        <source>not authenticated: the token was missing or not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="79"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="80"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="81"/>
        <source>the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="85"/>
        <source>%1 refused the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryModel</name>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="16"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="21"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="22"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="24"/>
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="33"/>
        <source>%n d overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="34"/>
        <source>in %n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="76"/>
        <source>Within policy: age %1 d of %2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="79"/>
        <source>Never seen in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="83"/>
        <source>Current key v%1 (%2) since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="87"/>
        <source>Used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="106"/>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="106"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="113"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="134"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="135"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="136"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="137"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="138"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="139"/>
        <source>Age (d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="140"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="141"/>
        <source>Next rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="142"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="143"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryView</name>
    <message>
        <location filename="../ui/InventoryView.cpp" line="25"/>
        <source>Filter by name, provider, owner, service, vault path or fingerprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="27"/>
        <source>Filter inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="36"/>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="37"/>
        <source>Environment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="38"/>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="39"/>
        <source>Issued and held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="40"/>
        <source>Held keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="41"/>
        <source>Issued keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="42"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="43"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="59"/>
        <source>Key inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="79"/>
        <location filename="../ui/InventoryView.cpp" line="204"/>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="81"/>
        <source>Rotate the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="82"/>
        <location filename="../ui/InventoryView.cpp" line="206"/>
        <source>Emergency re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="84"/>
        <source>Revoke the selected key at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="139"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="140"/>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="145"/>
        <source>%1 of %2 keys shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="166"/>
        <source>The services are not connected: set them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="170"/>
        <source>Select one key: rotations run one key at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="175"/>
        <source>%1 is an issued key: issued keys rotate as campaigns with their consumers, which come later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="178"/>
        <source>%1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="189"/>
        <source>Rotate the selected key: new key, vault, grace period, then the old key is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="191"/>
        <source>Choose a held key and rotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="193"/>
        <source>Revoke the selected key at once, with a new key in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="194"/>
        <source>Choose a held key and revoke it at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::KeyStatus</name>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="19"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="20"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="21"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="22"/>
        <source>Potentially stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="23"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="24"/>
        <source>Overdue (&gt;1.5×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="25"/>
        <source>Rotating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="26"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::MailApiTransport</name>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="22"/>
        <source>no mail API token: set KEYTURN_MAIL_TOKEN or store one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="27"/>
        <source>a message needs a sender and at least one recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="60"/>
        <source>the mail API answered without a message id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31"/>
        <source>Keyturn — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>API consumers and their migration state come from the provider&apos;s admin API once the network layer is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Approval queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>No notices are waiting. Rotation notices to API consumers appear here for approval once notices and campaigns are built; nothing is ever sent unapproved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Every change is already recorded in the hash-chained audit log; verify it with &apos;keyturnctl audit verify&apos;. The history browser and export come with the audit capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>&amp;Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>&amp;Emergency revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>The new connection settings apply after the current rotation step; save them again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;About Keyturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>About Keyturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&lt;b&gt;Keyturn %1&lt;/b&gt;&lt;p&gt;Rotate API keys without breaking the integrations that use them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Could not load the inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>Services not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Connecting to the services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>The services are not connected: set the platform and the vault in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>The services are not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>Acting as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>%1 keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::MimeMessage</name>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="216"/>
        <source>the address &quot;%1&quot; contains a line break, which a mail header cannot hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="219"/>
        <source>an address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="226"/>
        <source>the address &quot;%1&quot; has a &quot;&gt;&quot; without a &quot;&lt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="233"/>
        <source>the name in &quot;%1&quot; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="240"/>
        <source>&quot;%1&quot; is not a mail address of the form name@domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="244"/>
        <source>the part before the @ in &quot;%1&quot; is not a plain ASCII mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="247"/>
        <source>the domain in &quot;%1&quot; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="317"/>
        <source>the subject contains a line break, which a mail header cannot hold: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="320"/>
        <source>the Message-ID contains a line break: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="322"/>
        <source>the message has no sender (From)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="324"/>
        <source>the message has no recipient (To)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="328"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="334"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="351"/>
        <source>the Message-ID &quot;%1&quot; is not of the form &lt;id@domain&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::PlatformAdminClient</name>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="52"/>
        <source>no platform token: set KEYTURN_PLATFORM_TOKEN or store one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="95"/>
        <source>a key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="97"/>
        <source>the name of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="99"/>
        <source>a version of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="101"/>
        <source>a valid fingerprint of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="104"/>
        <source>a known status of key %1 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="106"/>
        <source>the creation time of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="117"/>
        <source>a users list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="127"/>
        <source>an id and name for every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="144"/>
        <source>a keys list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="169"/>
        <source>the new key&apos;s secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="171"/>
        <source>a secret matching the new key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="221"/>
        <source>the number of disabled keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="239"/>
        <source>a key id in the usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="255"/>
        <source>a logs list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="270"/>
        <source>a timestamp for every audit entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ProviderSync</name>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="31"/>
        <location filename="../app/core/sync/ProviderSync.cpp" line="34"/>
        <source>sync stopped, the inventory is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="50"/>
        <source>sync failed and was rolled back, the inventory is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="160"/>
        <source>the provider reports key %1 with fingerprint %2, but Keyturn recorded %3 for it: the provider&apos;s data changed under the same id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ReviewPlanPage</name>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="23"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="35"/>
        <source>Review the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="36"/>
        <source>What the rotation will do, and what Keyturn found at the provider and in the vault. Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="50"/>
        <source>Pre-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="52"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="52"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="52"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="60"/>
        <source>Accept a rotation without dual keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="63"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="65"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="84"/>
        <source>Provider reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="86"/>
        <source>Vault reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="88"/>
        <source>Vault write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="90"/>
        <source>No other run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="92"/>
        <source>Two keys at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="94"/>
        <source>Current key known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="96"/>
        <source>Owner sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="119"/>
        <source>The services are not connected, so no plan can be made: set the platform and the vault in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="127"/>
        <source>Checking the provider and the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="136"/>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="140"/>
        <source>Every blocking check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="141"/>
        <source>A blocking check failed: the rotation cannot start until it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="163"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="164"/>
        <source>Vault path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="165"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="165"/>
        <source>none listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="167"/>
        <location filename="../ui/ReviewPlanPage.cpp" line="169"/>
        <source>Grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="167"/>
        <source>none: the old key is revoked at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="170"/>
        <source>Quiet period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="171"/>
        <source>%1 without use of the old key before it is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="174"/>
        <source>Old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="174"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="184"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="186"/>
        <source>blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="189"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="196"/>
        <source>I accept that %1 holds one key at a time: while the new key reaches the services, calls with the old key may fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RotateWizard</name>
    <message>
        <location filename="../ui/RotateWizard.cpp" line="13"/>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RotationEngine</name>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="131"/>
        <source>planned: pre-checks come next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="132"/>
        <source>pre-checked: the provider and the vault answered, the lock is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="133"/>
        <source>new key created at the provider; storing it in the vault comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="134"/>
        <source>new key stored in the vault beside the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="136"/>
        <source>grace period: waiting for services to pick up the new key and for the old one to go quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="137"/>
        <source>verified: the new key is in use and the old key is quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="138"/>
        <source>old key revoked at the provider; removing it from the vault comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="139"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="140"/>
        <source>failed: the old key is still valid; resume or roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="141"/>
        <source>rolling back: restoring the old key in the vault and revoking the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="142"/>
        <source>rolled back: the old key is current again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="143"/>
        <source>campaign opened: the consumer is to be told to create and switch to a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="144"/>
        <source>waiting for the consumer to create, use and switch to a new key before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="145"/>
        <source>escalated: the consumer did not migrate by the deadline; extend it or decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="180"/>
        <source>%1 is an issued key: consumers rotate it themselves in a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="189"/>
        <source>the provider holds the old and the new key at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="190"/>
        <source>%1 cannot hold two keys at once: services using the old key fail from the moment it is replaced until they pick up the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="201"/>
        <source>another rotation of this key is not finished; finish or roll it back first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="202"/>
        <source>no other rotation of this key is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="208"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="442"/>
        <source>no vault is configured in the connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="209"/>
        <source>%1 has no vault path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="224"/>
        <source>the vault has no entry with a key_id at %1: Keyturn rotates keys whose vault entry names the provider&apos;s key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="232"/>
        <source>entry at %1 is version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="238"/>
        <source>the token may write the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="239"/>
        <source>the token may not write the path (capabilities: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="250"/>
        <source>the provider does not know the vault&apos;s key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="253"/>
        <source>the vault&apos;s key %1 is %2 at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="256"/>
        <source>the vault&apos;s key does not match key %1 at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="261"/>
        <source>the provider answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="264"/>
        <source>current key %1 (%2), version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="278"/>
        <source>%1 is an issued key: consumers rotate it themselves in a campaign, not in a key swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="281"/>
        <source>%1 is retired (revoked); there is nothing to rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="283"/>
        <source>an emergency revocation needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="285"/>
        <source>%1 cannot hold two keys at once: accept the outage window explicitly to rotate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="303"/>
        <source>rotation run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="324"/>
        <source>run %1 is being advanced by another Keyturn right now; nothing was done here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="388"/>
        <source>run %1 cannot be rolled back: the old key is no longer valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="408"/>
        <source>an override needs a written reason of at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="413"/>
        <source>run %1 is not waiting for verification (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="453"/>
        <source>a campaign run cannot be in state &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="471"/>
        <source>run %1 is in an unknown state &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="487"/>
        <source>rotation run %1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="488"/>
        <source>rotation run %1 rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="506"/>
        <source>run %1 failed, the old key is still valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="534"/>
        <source>pre-checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="554"/>
        <source>the vault entry disappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="575"/>
        <source>creating the new key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="611"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="802"/>
        <source>the vault entry at %1 disappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="634"/>
        <source>the vault entry at %1 changed since the pre-check (version %2, expected %3); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="650"/>
        <source>storing the new key in the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="664"/>
        <source>recovering the new key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="672"/>
        <source>could not revoke an unrecoverable new key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="682"/>
        <source>the new key&apos;s secret was lost; it was revoked and a new one is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="695"/>
        <source>the grace period to end at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="716"/>
        <source>reading the new key&apos;s use failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="719"/>
        <source>reading the old key&apos;s use failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="733"/>
        <source>not seen in use: the key was idle for a week before the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="738"/>
        <source>the new key to be seen in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="739"/>
        <source>the old key to be quiet for %1 (last used %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="745"/>
        <source>%1: the old key is still used after the grace period; the run waits instead of revoking it (override with a reason to revoke anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="790"/>
        <source>revoking the old key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="817"/>
        <source>removing the revoked key from the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="858"/>
        <source>rolling back: listing the provider&apos;s keys failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="884"/>
        <source>rolling back: revoking the new key %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="893"/>
        <source>rolling back: reading the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="906"/>
        <source>rolling back: restoring the old key in the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="916"/>
        <source>a campaign needs at least one issued key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="918"/>
        <source>the deadline policy must be revoke or escalate, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="920"/>
        <source>the deadline must lie in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="931"/>
        <source>%1 is a held key: rotate it with a key swap, not a campaign; nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="933"/>
        <source>%1 was not synced from the platform (no provider reference); sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="958"/>
        <source>%1; no campaign was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="959"/>
        <source>campaign run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="973"/>
        <source>an extension needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="975"/>
        <source>an extension must move the deadline later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="980"/>
        <source>run %1 is not an open campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="998"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1024"/>
        <source>listing the consumer&apos;s keys failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1005"/>
        <source>the consumer has no active key named %1 at the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1081"/>
        <source>revoking the consumer&apos;s old key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1090"/>
        <source>%1 did not migrate %2 by the deadline (%3); extend the deadline or decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1122"/>
        <source>disabling a consumer&apos;s keys needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1125"/>
        <source>no platform is configured in the connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1135"/>
        <source>there is no consumer %1 in the inventory; sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1138"/>
        <source>the platform did not disable the keys: %1; nothing was changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1158"/>
        <source>all keys of %1 disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1163"/>
        <source>all keys of %1 (%2) were disabled: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RotationProgressPage</name>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="22"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="23"/>
        <source>The run goes on by itself. You may close this window: the Rotations page keeps advancing the run and shows where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="25"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="66"/>
        <source>The services are not connected: the run waits until they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="82"/>
        <source>The last step did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="103"/>
        <source>The run failed; the old key is still valid. Resume it or roll it back on the Rotations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="106"/>
        <source>The run is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RotationsView</name>
    <message>
        <location filename="../ui/RotationsView.cpp" line="54"/>
        <source>Filter runs by key name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="56"/>
        <source>Filter runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="62"/>
        <source>Rotation runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="90"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="90"/>
        <source>Resume the selected failed run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="91"/>
        <source>Roll &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="91"/>
        <source>Roll back the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="92"/>
        <source>&amp;Override verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="93"/>
        <source>Override the verification of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="94"/>
        <source>&amp;Advance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="94"/>
        <source>Advance the selected run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="100"/>
        <source>Rotations message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="138"/>
        <source>Could not load the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="218"/>
        <source>Runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="249"/>
        <source>run #%1 (%2) is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="253"/>
        <source>Advancing the due runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="255"/>
        <source>Advanced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="280"/>
        <source>The services are not connected, so runs cannot be changed from here: set the platform and the vault in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="283"/>
        <source>Select a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="285"/>
        <source>Waiting for the previous action to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="291"/>
        <source>Only a failed run can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="292"/>
        <source>Take the failed run back to the step that failed and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="294"/>
        <source>Roll back is offered only while the old key is still valid: before it is revoked, and while the run is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="296"/>
        <source>Put the previous key back in the vault and revoke the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="298"/>
        <source>Only a run waiting for verification in its grace period can be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="299"/>
        <source>Let the run revoke the old key without verification; a written reason is required and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="301"/>
        <source>A finished or failed run does not advance; resume a failed run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="302"/>
        <source>Run the selected run&apos;s next steps now instead of waiting for the timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="340"/>
        <source>Resuming run #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="345"/>
        <source>Run #%1 was not resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="346"/>
        <source>Run #%1 resumed; it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="360"/>
        <source>Roll back run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="361"/>
        <source>Roll back the rotation of %1?

The vault gets the previous key back and the new key is revoked at the provider. Services that already use the new key must pick up the previous one from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="367"/>
        <source>Rolling back run #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="372"/>
        <source>Run #%1 was not rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="373"/>
        <location filename="../ui/RotationsView.cpp" line="439"/>
        <source>Run #%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="385"/>
        <source>Override verification of run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="386"/>
        <source>The old key of %1 will be revoked without waiting for verification. Services still using it will fail.
Why is that acceptable? (required, at least a sentence; recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="403"/>
        <source>A written reason is required to override verification; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="407"/>
        <source>Run #%1: verification was not overridden: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="411"/>
        <source>Verification of run #%1 overridden; revoking the old key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="418"/>
        <source>Verification of run #%1 was overridden, but advancing it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="419"/>
        <source>Verification of run #%1 overridden (the reason is in the audit log); it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="433"/>
        <source>Advancing run #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="438"/>
        <source>Run #%1 did not advance: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RunProgressWidget</name>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="37"/>
        <source>Steps of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="41"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="41"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="129"/>
        <source>Run #%1 · %2 · %3 · started by %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="141"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="145"/>
        <source>current, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="146"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="150"/>
        <source>failed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="153"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="154"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="173"/>
        <source>Completed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="175"/>
        <source>Rolled back %1: the vault holds the previous key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="178"/>
        <source>Waiting for an operator: resume the run, or roll it back while the old key is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="183"/>
        <source>Waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="185"/>
        <source>Next step: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="187"/>
        <source>Grace period until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="194"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="194"/>
        <source>(not yet known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="196"/>
        <source>Old key: %1
New key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="198"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="204"/>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="207"/>
        <source>Select a run to see its steps, what it waits for and its keys&apos; fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RunsModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="24"/>
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="26"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="28"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="29"/>
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="35"/>
        <source>in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="37"/>
        <source>in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="39"/>
        <source>in %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="40"/>
        <source>in %n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="46"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="48"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="50"/>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="52"/>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="88"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="89"/>
        <source>pre-checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="90"/>
        <source>new key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="91"/>
        <source>staged in vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="92"/>
        <source>grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="93"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="94"/>
        <source>old key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="95"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="96"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="97"/>
        <source>rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="98"/>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="112"/>
        <source>operator: resume or roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="114"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="144"/>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="146"/>
        <source>Urgent: the old key was revoked without a grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="187"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="188"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="189"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="190"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="191"/>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="192"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="193"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="194"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="195"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::Screenshot</name>
    <message>
        <location filename="../ui/Screenshot.cpp" line="16"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Screenshot.cpp" line="19"/>
        <source>cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::SettingsView</name>
    <message>
        <location filename="../ui/SettingsView.cpp" line="34"/>
        <source>Platform URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="35"/>
        <source>Vault URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="36"/>
        <source>Vault mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="37"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="37"/>
        <source>Vault namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="40"/>
        <source>Mail transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="41"/>
        <source>None: notices are not sent from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="42"/>
        <source>HTTP mail API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="43"/>
        <source>SMTP relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="44"/>
        <source>Mail API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="45"/>
        <source>SMTP URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="46"/>
        <source>(no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="46"/>
        <source>SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="47"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="48"/>
        <source>(system roots only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="48"/>
        <location filename="../ui/SettingsView.cpp" line="51"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="49"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="52"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="60"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="62"/>
        <source>&amp;Platform admin API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="63"/>
        <source>&amp;Vault address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="64"/>
        <source>Vault &amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="65"/>
        <source>Vault &amp;namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="66"/>
        <source>Mail &amp;transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="67"/>
        <source>Mail &amp;API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="68"/>
        <source>&amp;SMTP URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="69"/>
        <source>SMTP &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="70"/>
        <source>&amp;Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="71"/>
        <source>&amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="75"/>
        <source>Tokens (kept in the OS keychain, never in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="77"/>
        <source>Platform token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="78"/>
        <source>Vault token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="79"/>
        <source>Mail API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="80"/>
        <source>SMTP password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="86"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="98"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="100"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="112"/>
        <source>Connection test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="113"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="113"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="113"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="120"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="192"/>
        <source>from the keychain, if stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="193"/>
        <source>from %1 (environment), which wins over the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="207"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="221"/>
        <source>Profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="238"/>
        <source>Profile saved; tokens stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="240"/>
        <source>Profile saved, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="255"/>
        <source>Name at least one service to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="267"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="283"/>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="283"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="283"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsView.cpp" line="294"/>
        <source>%n service(s) did not answer as expected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="298"/>
        <source>Every configured service answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::SmtpTransport</name>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="353"/>
        <source>no mail server is set: give an smtp:// or smtps:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="357"/>
        <source>the mail server URL holds a user name or password: put them in their own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="361"/>
        <source>the mail server URL &quot;%1&quot; is not of the form smtp://host:port or smtps://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="367"/>
        <source>implicit TLS needs an smtps:// URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="371"/>
        <source>STARTTLS needs an smtp:// URL; for &quot;%1&quot; choose implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="375"/>
        <source>mail without TLS needs an smtp:// URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="377"/>
        <source>refusing to send mail in clear to %1: TLS mode &quot;none&quot; is allowed only for a mail server on this machine (loopback); use STARTTLS or implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="383"/>
        <source>a mail server password is set without a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="385"/>
        <source>the mail server user name contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="389"/>
        <source>cannot read the CA bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="392"/>
        <source>the mail timeout must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="408"/>
        <source>libcurl could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="441"/>
        <source>no complete answer from the mail server %1 in time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="444"/>
        <source>cannot find the mail server %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="446"/>
        <source>cannot connect to the mail server %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="449"/>
        <source>the mail server %1 does not offer STARTTLS, and Keyturn does not send mail in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="463"/>
        <source>TLS with the mail server %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="467"/>
        <source>the mail server %1 did not accept the user name and password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="469"/>
        <source>sending to the mail server %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="473"/>
        <source>cannot send to the mail server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="479"/>
        <source>the mail server %1 refused a recipient: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="481"/>
        <source>the mail server %1 refused the sender: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="482"/>
        <source>the mail server %1 refused the message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="484"/>
        <source>the connection to the mail server %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::TlsSettings</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="33"/>
        <source>cannot read the CA bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="37"/>
        <source>the CA bundle %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::TokenStore</name>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="39"/>
        <source>platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="40"/>
        <source>vault token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="41"/>
        <source>mail API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="42"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="73"/>
        <source>read the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="88"/>
        <source>store the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="102"/>
        <source>remove the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::VaultClient</name>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="74"/>
        <source>no vault token: set KEYTURN_VAULT_TOKEN or store one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="92"/>
        <source>a seal state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="120"/>
        <source>data and metadata.version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="142"/>
        <source>vault: %1 was changed by another writer (check-and-set version did not match); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="152"/>
        <source>the new version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="172"/>
        <source>current_version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="217"/>
        <source>capabilities for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="237"/>
        <source>token data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::Workspace</name>
    <message>
        <location filename="../app/core/Workspace.cpp" line="24"/>
        <source>No acting identity: name one with --actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="101"/>
        <source>the stored connection profile &apos;%1&apos; is damaged (%2); set it again with &apos;keyturnctl profile set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="106"/>
        <source>the stored connection profile &apos;%1&apos; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::WorkspaceStore</name>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="215"/>
        <source>a credential named %1 already exists; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="266"/>
        <source>%1 was changed by someone else since it was read; your change was not saved. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="318"/>
        <source>there is no credential with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="335"/>
        <source>there is no credential named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="433"/>
        <source>a key version needs a fingerprint of the form sha256: and 16 hex digits; nothing was added (the value given is not repeated here in case it is a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="485"/>
        <source>cannot add key version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="510"/>
        <source>there is no key version with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="573"/>
        <source>a consumer needs an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="696"/>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="789"/>
        <source>there is no rotation run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="815"/>
        <source>%1 is already being rotated by run #%2 (started by %3, now %4); nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="849"/>
        <source>%1 is already being rotated by another client; nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="891"/>
        <source>run %1 was moved on by another process (it is no longer %2); this step did nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="109"/>
        <source>Keyturn: rotate API keys without breaking the integrations that use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Build a fresh demo workspace and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="116"/>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="119"/>
        <source>Who acts (default: the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="122"/>
        <source>Render a view to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>The view to show: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>Seed of the demo world (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
