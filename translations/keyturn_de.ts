<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Keyturn</source>
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
        <location filename="../app/core/store/WorkspaceStore.cpp" line="53"/>
        <source>a credential needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="55"/>
        <source>credential %1 needs a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="57"/>
        <source>credential %1 needs an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="59"/>
        <source>credential %1: the rotation interval must be at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="61"/>
        <source>credential %1: the grace period cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="63"/>
        <source>credential %1: criticality must be low, medium, high or critical, not &apos;%2&apos;</source>
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
        <location filename="../app/core/demo/DemoWorld.cpp" line="246"/>
        <source>Cannot replace the demo workspace at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="590"/>
        <source>Building the demo workspace failed: %1</source>
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
        <location filename="../ui/InventoryView.cpp" line="23"/>
        <source>Filter by name, provider, owner, service, vault path or fingerprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="25"/>
        <source>Filter inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="34"/>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="35"/>
        <source>Environment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="36"/>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="37"/>
        <source>Issued and held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="38"/>
        <source>Held keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="39"/>
        <source>Issued keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="40"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="41"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="57"/>
        <source>Key inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="117"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="118"/>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="123"/>
        <source>%1 of %2 keys shown</source>
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
    <name>keyturn::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="25"/>
        <source>Keyturn — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="30"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>API consumers and their migration state come from the provider&apos;s admin API once the network layer is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>Approval queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>No notices are waiting. Rotation notices to API consumers appear here for approval once notices and campaigns are built; nothing is ever sent unapproved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Running and past rotation runs, step by step, appear here with the rotation engine. Past rotations are already in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Every change is already recorded in the hash-chained audit log; verify it with &apos;keyturnctl audit verify&apos;. The history browser and export come with the audit capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Connection profiles for the vault, the key provider and mail come with the network layer. Tokens will live in the OS keychain, never in the workspace.</source>
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
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>&amp;About Keyturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>About Keyturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&lt;b&gt;Keyturn %1&lt;/b&gt;&lt;p&gt;Rotate API keys without breaking the integrations that use them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Could not load the inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Acting as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>%1 keys</source>
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
    <name>keyturn::Workspace</name>
    <message>
        <location filename="../app/core/Workspace.cpp" line="18"/>
        <source>No acting identity: name one with --actor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::WorkspaceStore</name>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="208"/>
        <source>a credential named %1 already exists; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="259"/>
        <source>%1 was changed by someone else since it was read; your change was not saved. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="311"/>
        <source>there is no credential with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="328"/>
        <source>there is no credential named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="343"/>
        <source>a key version needs a fingerprint of the form sha256: and 16 hex digits; nothing was added (the value given is not repeated here in case it is a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="393"/>
        <source>cannot add key version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="418"/>
        <source>there is no key version with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="481"/>
        <source>a consumer needs an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="600"/>
        <source>there is no rotation run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Keyturn: rotate API keys without breaking the integrations that use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>Build a fresh demo workspace and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="72"/>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>Who acts (default: the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="78"/>
        <source>Render a view to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>The view to show: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Seed of the demo world (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
