<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Keyturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="170"/>
        <source>The demo&apos;s sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="244"/>
        <source>The demo could not sync from its sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn</name>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="98"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="102"/>
        <source>a rotation is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="108"/>
        <source>age %1 d, policy %2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="110"/>
        <source> (above %1× the interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="113"/>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="120"/>
        <source>rotation due in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="131"/>
        <source>unused for %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="132"/>
        <source>never used in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="135"/>
        <source> (potentially stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="138"/>
        <source> (possible stale deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="33"/>
        <source>a credential needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="35"/>
        <source>credential %1 needs a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="37"/>
        <source>credential %1 needs an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="39"/>
        <source>credential %1: the rotation interval must be at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="41"/>
        <source>credential %1: the grace period cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="43"/>
        <source>credential %1: criticality must be low, medium, high or critical, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="47"/>
        <source>credential %1: the schedule &apos;%2&apos; is not a valid cron expression: %3</source>
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
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="23"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="23"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="274"/>
        <source>subject: the subject is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="276"/>
        <source>subject: the subject must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="278"/>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="90"/>
        <source>a quote inside an unquoted cell; quote the whole cell and double the quote (&quot;say &quot;&quot;hi&quot;&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="103"/>
        <source>text after the closing quote of a cell; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="113"/>
        <source>a quoted cell starts here and is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="194"/>
        <source>the audit log&apos;s head record is missing (the log was tampered with); nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="232"/>
        <source>the export was cancelled after %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="247"/>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="258"/>
        <location filename="../app/core/importer/InventoryExport.cpp" line="47"/>
        <source>cannot write %1: %2; nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="262"/>
        <source>; %1 was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="265"/>
        <source>cannot write %1: %2; it was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="539"/>
        <location filename="../app/core/audit/AuditExport.cpp" line="624"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="83"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="86"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="545"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="573"/>
        <source>event #%1 (line %2) does not match its hash: it was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="578"/>
        <source>event #1 (line %1) does not start from the genesis hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="582"/>
        <source>event #%1 (line %2) comes after #%3: rows are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="587"/>
        <source>event #%1 (line %2) does not follow event #%3: one of them was altered and its hash recomputed, or rows were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="609"/>
        <source>event #%1 lies beyond the head #%2 the export ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="611"/>
        <source>the head line does not match event #%1: the file was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="613"/>
        <source>the head line of an empty log must carry the genesis hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryExport.cpp" line="50"/>
        <source>cannot write %1: %2; any file that was there is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="137"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="138"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="139"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="142"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="409"/>
        <source>%1 must be a list of entries (&quot;- name: ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="416"/>
        <source>each entry of %1 must be a mapping of fields (name: ..., provider: ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="424"/>
        <source>a field name must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="536"/>
        <source>the %1 field has an empty list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="544"/>
        <source>the %1 field has a bad step &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="552"/>
        <source>the %1 field &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="556"/>
        <source>the %1 field &apos;%2&apos; is outside %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="558"/>
        <source>the %1 field&apos;s range &apos;%2&apos; runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="93"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="95"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="97"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="104"/>
        <source>Key too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="106"/>
        <source>Rotation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="108"/>
        <source>Rotation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="110"/>
        <source>Old key used after grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="112"/>
        <source>401s during rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="114"/>
        <source>Revoked key tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="116"/>
        <source>Key unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="118"/>
        <source>Potentially stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="120"/>
        <source>Old key still used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="95"/>
        <source>a blackout window needs a start and an end time (ISO 8601, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="98"/>
        <source>the blackout window ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="103"/>
        <source>a weekly blackout window needs a weekday from 0 (Sunday) to 7 (Sunday), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="105"/>
        <source>a weekly blackout window needs &apos;from&apos; and &apos;to&apos; times (HH:mm, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="114"/>
        <source>the blackout windows are not a JSON array: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="132"/>
        <source>blackout window %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="155"/>
        <source>the stored blackout windows cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="163"/>
        <source>blackout window %1: %2; the blackout windows were left as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="33"/>
        <source>field %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="44"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="45"/>
        <source>%1: &apos;%2&apos; is not a number or a name (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="51"/>
        <source>%1: %2 is out of %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="62"/>
        <source>%1: &apos;%2&apos; has an empty list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="72"/>
        <source>%1: the step in &apos;%2&apos; must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="88"/>
        <source>%1: the range %2 runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="95"/>
        <location filename="../app/core/audit/AuditQuery.cpp" line="99"/>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="217"/>
        <source>there is no key named or numbered &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="438"/>
        <source>there is no audit event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="235"/>
        <source>sign-off of rotation run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="239"/>
        <source>verification override, run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="246"/>
        <source>old key revoked by rotation run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="255"/>
        <source>key version revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="263"/>
        <source>credential revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="266"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="269"/>
        <source>notice %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="314"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="316"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="338"/>
        <source>## What rotated, and when

Rotation runs with events in the period, by run. *State* is the last state the period recorded (`completed`: the new key is in use and the old one revoked).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <source>old fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <source>new fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <source>acted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="342"/>
        <source>No rotation ran in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="343"/>
        <source>
Key versions recorded in the period (by a rotation, a sync with the provider, or an import):

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="345"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="351"/>
        <source>## Approvals

Every approval of a notice (four-eyes: its author cannot approve it), owner sign-off of a rotation, and written override of verification in the period.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>note or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="354"/>
        <source>No approvals in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="355"/>
        <source>
Rejected notices:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>rejected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="362"/>
        <source>## Notices sent

Every notice delivered to a consumer in the period.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="364"/>
        <source>No notices were sent in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="370"/>
        <source>## Revocations

Every key revoked in the period, by a rotation or by hand.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="372"/>
        <source>No keys were revoked in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="378"/>
        <source>## Keys overdue at the period&apos;s end (%1)

Keys whose current key at that moment was older than their rotation interval (Keyturn&apos;s status rules: *overdue* at the interval, *overdue (critical)* above 1.5 times it).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>current since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="383"/>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="383"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="384"/>
        <source>No key was overdue at the period&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="401"/>
        <source>SOC 2 — CC6.1 Logical access security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="402"/>
        <source>The entity implements logical access security over protected information assets: credentials that grant access are managed through their life, replaced, and removed when no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="404"/>
        <source>API keys are held in an inventory with a rotation interval each. Rotations replace a key only after the new one is seen in use and revoke the old one; keys past their interval are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="408"/>
        <source>SOC 2 — CC8.1 Change management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="409"/>
        <source>Changes to infrastructure and software are authorized, documented, approved and implemented under control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="411"/>
        <source>Every key rotation is a recorded run with who started it and each step; notices to consumers are approved by someone other than their author before they are sent; overrides need a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="415"/>
        <source>ISO/IEC 27001:2022 — A.5.17 Authentication information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="416"/>
        <source>Allocation and management of authentication information is controlled by a management process, including telling the people who hold it how to handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="418"/>
        <source>Keys are issued, rotated and revoked through Keyturn; consumers holding a key are sent approved notices telling them what changes and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="423"/>
        <source>PCI DSS — 3.6 Key management and 8.3 Authentication factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="424"/>
        <source>Cryptographic keys and authentication factors are managed by documented procedures: changed at the end of their cryptoperiod, retired or replaced when weakened, and revoked when no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="426"/>
        <source>Each key has a rotation interval (its cryptoperiod); rotations record the old and new key fingerprints (never the key), the old key is revoked, and keys past their interval are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="435"/>
        <source>Period: %1 to %2 (the end excluded). Events in the period: %3 (see `%4`).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="439"/>
        <source>Audit chain: **intact** — %1 events checked, head #%2 `%3` (see `%4`).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="443"/>
        <source>Audit chain: **NOT INTACT** — %1 (see `%2`). The tables below come from a log that was tampered with.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="452"/>
        <source># Keyturn evidence pack

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="453"/>
        <source>Written %1 by %2 for the period %3 to %4 (UTC; the end excluded).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="456"/>
        <source>**Warning: the audit chain is NOT intact: %1**

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="457"/>
        <source>## Files

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="458"/>
        <source>- `%1`, `%2` — every audit event of the period (%3 events), oldest first. Each row holds the event&apos;s id, time, actor, action, target, key version, old and new key fingerprints, details, the hash of the event before it (`prev_hash`) and its own `hash`. The last line is the chain head when the pack was written (`# head,&lt;id&gt;,&lt;hash&gt;` in the CSV, `{&quot;head_id&quot;:…,&quot;head_hash&quot;:…}` in the JSON Lines). The CSV is data (RFC 4180, UTF-8): import it with every column as text; values are verbatim, including any that start with `=`, `+`, `-` or `@`.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="467"/>
        <source>- `summary-%1.md` — %2: what rotated and when, approvals, notices sent, revocations and overdue keys, as this control asks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="470"/>
        <source>- `%1` — the verification of the whole audit chain run for this pack: whether it is intact, how many events were checked, the head id and hash, and the first bad event if any.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="473"/>
        <source>- `%1` — SHA-256 of every other file.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="474"/>
        <source>## How to check this pack

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="475"/>
        <source>1. `sha256sum -c %1` in this folder: every file is as written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="476"/>
        <source>2. `keyturnctl audit check-export %1`: recomputes each event&apos;s hash from its fields and checks that consecutive events link (each `prev_hash` is the `hash` of the event before).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="479"/>
        <source>3. Each event&apos;s hash is SHA-256 over its `prev_hash` (64 hex digits) followed by its canonical JSON: an object of the fields action, actor, at, details, id, key_version, new_fingerprint, old_fingerprint, target_id, target_type, keys in that (byte) order, no white space, strings with only `&quot;`, `\` and control characters escaped (`\n`, `\r`, `\t`, else `\u00XX`), times as ISO 8601 UTC with milliseconds, key_version a number or null, details the stored JSON text verbatim. Anyone can recompute it without Keyturn.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="485"/>
        <source>4. The head hash in `%1` (and at the end of the exports) identifies the whole log up to that event: compare it with the head hash of an earlier or later pack, or with `keyturnctl audit verify` on the live workspace, whose chain must pass through it. A log cut short and re-headed can only be detected that way, against a head recorded outside it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="506"/>
        <source>the period needs a start before its end; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="508"/>
        <source>name a folder for the evidence pack; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="511"/>
        <source>%1 exists and is not a folder; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="514"/>
        <source>%1 exists and is not empty; name a new or empty folder (nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="516"/>
        <source>cannot create the folder %1; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="521"/>
        <source>cannot create a folder in %1; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="522"/>
        <source>the evidence pack was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="544"/>
        <source>cannot record the verification: %1; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="558"/>
        <source>; no evidence pack was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="572"/>
        <source>**The control:** %1

**How Keyturn evidences it:** %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="633"/>
        <source>cannot replace the empty folder %1; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="635"/>
        <source>cannot move the evidence pack into %1; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="100"/>
        <source>Roles belong to team workspaces (PostgreSQL); a workspace file is one person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="140"/>
        <source>Setting up the roles failed (%1); nothing was changed. It needs the database&apos;s owner or a superuser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AlertCenter</name>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="343"/>
        <source>alert %1 was already acknowledged by %2 at %3; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="360"/>
        <source>alert %1 was acknowledged by someone else meanwhile; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="439"/>
        <source>there is no alert %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AlertsModel</name>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="55"/>
        <source>key #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="59"/>
        <source>run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="59"/>
        <source>%1 · run #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="66"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="74"/>
        <source>Not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="84"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="85"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="86"/>
        <source>Key / run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="87"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="88"/>
        <source>Raised (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="89"/>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AlertsPanel</name>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="87"/>
        <location filename="../ui/AlertsPanel.cpp" line="196"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="91"/>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="92"/>
        <source>Mark the selected alert as seen; it stays listed while its condition lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="93"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="94"/>
        <source>Show the rotation run or key the selected alert concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="116"/>
        <location filename="../ui/AlertsPanel.cpp" line="179"/>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="160"/>
        <location filename="../ui/AlertsPanel.cpp" line="181"/>
        <source>The alerts could not be re-evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="172"/>
        <location filename="../ui/AlertsPanel.cpp" line="173"/>
        <source>Checking the monitoring rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="197"/>
        <source>Alerts (%1 open, %2 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="210"/>
        <source>Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="213"/>
        <source>%1

Note (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="214"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ApprovalQueueView</name>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="77"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="83"/>
        <source>drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="84"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="85"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="86"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="87"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="88"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="89"/>
        <source>approved again for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="90"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="91"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="92"/>
        <source>rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="136"/>
        <source>Show notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="137"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="138"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="139"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="140"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="141"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="142"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="143"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="147"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="149"/>
        <source>Refresh the approval queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="150"/>
        <source>Read the notices again (another engineer may have approved or edited some).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="154"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="192"/>
        <source>Approval queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="209"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="214"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="215"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="216"/>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="217"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="218"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="219"/>
        <source>Drafted and approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="220"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="228"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="229"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="230"/>
        <source>Send at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="231"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="232"/>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="233"/>
        <source>People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="243"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="243"/>
        <source>Approve the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="244"/>
        <location filename="../ui/ApprovalQueueView.cpp" line="560"/>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="245"/>
        <source>Approve every selected notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="246"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="246"/>
        <source>Reject the notice with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="247"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="247"/>
        <source>Edit the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="269"/>
        <source>HTML preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="275"/>
        <source>Plain-text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="280"/>
        <source>History of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="284"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="285"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="286"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="287"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="311"/>
        <source>Approval queue message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="338"/>
        <source>Could not load the notices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="445"/>
        <source>1 notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="445"/>
        <source>%1 notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="451"/>
        <source>No notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="454"/>
        <source>Nothing to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="455"/>
        <source>No notices wait for approval. Campaigns draft them; nothing reaches a consumer before an engineer approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="458"/>
        <source>No approved notices wait to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="460"/>
        <source>No drafts. A rejected notice comes back here until someone edits it and submits it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="462"/>
        <source>No notice has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="464"/>
        <source>No notice failed to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="466"/>
        <source>No notices yet. Campaigns draft them; nothing reaches a consumer before an engineer approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="480"/>
        <source>No notice selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="488"/>
        <source>Notice #%1 · %2 · urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="489"/>
        <source>Notice #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="490"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="492"/>
        <source>as soon as it is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="494"/>
        <source>%1 (sent %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="496"/>
        <source>%1 (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="500"/>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="501"/>
        <source>drafted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="503"/>
        <source>, last edited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="505"/>
        <source>, approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="509"/>
        <source>Delivery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="511"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="519"/>
        <source>This notice cannot be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="526"/>
        <source>Could not load the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="531"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="535"/>
        <source> (%1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="546"/>
        <source>&lt;p&gt;No history recorded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="552"/>
        <source>Select a notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="556"/>
        <source>Approve this notice for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="560"/>
        <source>Approve selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="563"/>
        <source>Approve every selected notice; if one of them cannot be approved, none is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="570"/>
        <source>Send the notice back to the drafts with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="571"/>
        <source>Only a notice waiting for approval, or approved and not yet sent, can be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="577"/>
        <source>Edit the subject and body; the notice then waits for approval again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="580"/>
        <source>A notice that was sent, is being sent or was cancelled cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="626"/>
        <source>Notice #%1 approved; it is sent at its send time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="628"/>
        <source>%1 notices approved; each is sent at its send time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="630"/>
        <source>Notice not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="630"/>
        <source>Notices not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="661"/>
        <source>Notice not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="662"/>
        <source>Notice #%1 rejected; it is back in the drafts with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="685"/>
        <source>Notice #%1 saved; it waits for approval again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AuditExportReader</name>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="333"/>
        <source>line %1: a quoted value is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="349"/>
        <source>line %1: unexpected text after a quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="355"/>
        <source>line %1: a quote inside an unquoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="381"/>
        <source>the file is empty: it is not an audit export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="389"/>
        <source>line 1 is not the header of an audit export (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="396"/>
        <source>the export ends without its head line: it is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="412"/>
        <location filename="../app/core/audit/AuditExport.cpp" line="471"/>
        <source>line %1: text after the head line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="418"/>
        <source>line %1: the head line is not &apos;# head,&lt;id&gt;,&lt;hash&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="429"/>
        <source>line %1: %2 values where an event has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="440"/>
        <source>line %1: the id, time (ISO 8601 UTC with milliseconds) or key version is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="479"/>
        <source>line %1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="495"/>
        <source>line %1: the head line is not {&quot;head_id&quot;:…,&quot;head_hash&quot;:…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="515"/>
        <source>line %1: not an audit event (every field of the header, with its type, is needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AuditFilter</name>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="458"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="460"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="462"/>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="464"/>
        <source>actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="466"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="468"/>
        <source>key version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="470"/>
        <source>text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="471"/>
        <source>every event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AuditLog</name>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="72"/>
        <source>internal error: an audit event must be written in the transaction of its change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="77"/>
        <source>the audit event holds a NUL character, which PostgreSQL cannot store; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="90"/>
        <source>the audit log has no head row; the workspace is damaged, nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="136"/>
        <location filename="../app/core/audit/AuditLog.cpp" line="152"/>
        <source>The audit log&apos;s head record is missing: the log was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="169"/>
        <source>OpenSSL has no SHA-256 here; the audit log cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="199"/>
        <source>Event #%1 is missing: the chain jumps from #%2 to #%3 (events were removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="204"/>
        <source>Event #%1 is out of place (events were reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="212"/>
        <source>SHA-256 failed while verifying event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="214"/>
        <source>Event #%1 (%2 by %3) was altered or moved: its content does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="221"/>
        <source>Event #1 does not start the chain: its previous hash is not the genesis hash (events before it were removed, or it was forged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="223"/>
        <source>Event #%1 does not follow event #%2: #%2 was altered and its hash recomputed, or events were removed, inserted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="275"/>
        <source>Event #%1 is not part of the chain: it lies beyond the head record #%2 (it was added behind the log&apos;s back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="288"/>
        <source>a cancelled verification concluded nothing, so it was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="290"/>
        <source>internal error: a verification is recorded in its own transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="324"/>
        <source>there is no audit event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="236"/>
        <source>Verification was cancelled after %1 events; nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="259"/>
        <source>Events #%1 to #%2 at the end of the log are missing (they were removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="264"/>
        <source>The audit log&apos;s head record does not match event #%1: the log was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AuditModel</name>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="189"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="190"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="191"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="192"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="193"/>
        <source>Key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="194"/>
        <source>Old fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="195"/>
        <source>New fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="196"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AuditQuery</name>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="545"/>
        <source>event #%1 is not in the filtered history (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="641"/>
        <source>there is no audit event #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AuditRows</name>
    <message>
        <location filename="../app/core/audit/AuditRows.cpp" line="38"/>
        <location filename="../app/core/audit/AuditRows.cpp" line="55"/>
        <location filename="../app/core/audit/AuditRows.cpp" line="69"/>
        <location filename="../app/core/audit/AuditRows.cpp" line="85"/>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::AuditView</name>
    <message>
        <location filename="../ui/AuditView.cpp" line="96"/>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="130"/>
        <location filename="../ui/AuditView.cpp" line="299"/>
        <source>Key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="152"/>
        <source>Search further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="154"/>
        <source>Look at the next stretch of older events for the free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="156"/>
        <source>Newer events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="158"/>
        <source>Read the newer events above the ones shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="160"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="162"/>
        <source>Read the history again from the newest event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="163"/>
        <source>&amp;Verify chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="165"/>
        <source>Check every event&apos;s hash and link, name the first altered, removed or reordered event, and record the result in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="167"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="169"/>
        <source>Write the events the current filter shows as CSV or JSON Lines, ending with the chain&apos;s head hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="171"/>
        <source>Evidence &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="173"/>
        <source>Write a folder for auditors: the period&apos;s events, a summary per control (SOC 2, ISO 27001, PCI-DSS), the verification result and a SHA-256 manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="219"/>
        <source>Could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="262"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="264"/>
        <source>Only events on or after this day (UTC); unticked: from the first event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="265"/>
        <source>First day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="266"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="268"/>
        <source>Only events on or before this day (UTC); unticked: up to the newest event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="269"/>
        <source>Last day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="273"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="276"/>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="278"/>
        <source>An action (notice.approved), a family (rotation.*), or several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="285"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="288"/>
        <location filename="../ui/AuditView.cpp" line="501"/>
        <source>Any actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="292"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="293"/>
        <source>Key name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="295"/>
        <source>A key&apos;s own events and those of its versions, runs, notices, campaigns and alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="301"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="303"/>
        <source>Only events about this key version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="307"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="308"/>
        <source>Search actor, action, target, fingerprints and details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="311"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="320"/>
        <location filename="../ui/AuditView.cpp" line="367"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="322"/>
        <location filename="../ui/AuditView.cpp" line="366"/>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="325"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="327"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="365"/>
        <source>Time (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="368"/>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="369"/>
        <source>Key version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="370"/>
        <source>Old fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="371"/>
        <source>New fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="372"/>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="379"/>
        <location filename="../ui/AuditView.cpp" line="673"/>
        <location filename="../ui/AuditView.cpp" line="701"/>
        <source>Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="389"/>
        <source>Canonical JSON of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="394"/>
        <source>The exact bytes that are hashed: hash = SHA-256(previous hash ‖ this JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="401"/>
        <source>Hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="402"/>
        <source>Previous hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="405"/>
        <source>Canonical JSON (the hashed bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="513"/>
        <source>Could not read the filter choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="532"/>
        <source>%1 — no events are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="535"/>
        <source>The period ends before it starts: no event can match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="539"/>
        <source>at least %L1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="540"/>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="541"/>
        <source>%L1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="600"/>
        <source>Event %1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="619"/>
        <source>The history is read when the view is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="623"/>
        <source>searched back to %1 — scroll to search further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="666"/>
        <source>Select an event to see its canonical JSON and hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="667"/>
        <source>No event to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="679"/>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="698"/>
        <source>Go to key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="699"/>
        <source>Go to run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="700"/>
        <source>Go to notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="704"/>
        <source>This event is not about a key, a run or a notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="729"/>
        <source>Wait for the running verification, export or evidence pack to finish; nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="766"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="817"/>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="827"/>
        <source>Checked %L1 of %L2 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="828"/>
        <source>Reading the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="833"/>
        <source>the verification stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="837"/>
        <source>Could not verify the chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="844"/>
        <source>Verification cancelled after %L1 events: nothing was concluded or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="865"/>
        <source>✔ Chain intact: %L1 events checked; head is event %2 with hash %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="871"/>
        <source>✘ Chain broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="875"/>
        <source>Recorded as event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="877"/>
        <source>The result could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="881"/>
        <source>Show event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="887"/>
        <source>Name a file to export to; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="899"/>
        <location filename="../ui/AuditView.cpp" line="1022"/>
        <source>Export the audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="908"/>
        <source>Wrote %L1 of %L2 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="909"/>
        <source>Wrote %L1 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="914"/>
        <source>the export stopped unexpectedly; %1 was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="918"/>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="921"/>
        <location filename="../ui/AuditView.cpp" line="934"/>
        <location filename="../ui/AuditView.cpp" line="1041"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="927"/>
        <source>Exported %L1 events to %2. The file ends with the chain head: event %3, hash %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="951"/>
        <source>Write an evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="966"/>
        <source>Verifying the chain: %L1 of %L2 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="969"/>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="970"/>
        <source>Exporting the period: %L1 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="971"/>
        <source>Writing the control summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="972"/>
        <source>Writing the SHA-256 manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="973"/>
        <source>Preparing the evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="979"/>
        <source>it stopped unexpectedly; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="984"/>
        <source>No evidence pack was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="987"/>
        <location filename="../ui/AuditView.cpp" line="1009"/>
        <location filename="../ui/AuditView.cpp" line="1072"/>
        <source>Evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="993"/>
        <source>Evidence pack written to %1: %L2 files covering %L3 events; keys overdue at the end of the period: %L4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1000"/>
        <source>The chain verified intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1001"/>
        <source>The chain is broken at event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1024"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1025"/>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1030"/>
        <location filename="../ui/AuditView.cpp" line="1091"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1038"/>
        <source>The whole history (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1039"/>
        <source>The events the current filter shows (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1044"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1045"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1057"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1058"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1095"/>
        <source>The period&apos;s events (CSV and JSON Lines), a summary per control, the verification of the whole chain and a SHA-256 manifest go into a new or empty folder. Days are UTC; both are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1101"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1104"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1105"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1106"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1109"/>
        <source>An empty folder for the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::BlackoutWindow</name>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="63"/>
        <source>%1 – %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="66"/>
        <source>every %1 %2–%3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::CalendarModel</name>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="101"/>
        <source>collision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="102"/>
        <source>blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="103"/>
        <source>no overlap possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="104"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="193"/>
        <source>Week %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="216"/>
        <source>Due %1 UTC; starts %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="218"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="222"/>
        <source>Nothing to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="234"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="235"/>
        <source>Date (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="236"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="237"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="238"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="239"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="240"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="241"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="151"/>
        <source>Due since %1 UTC: the next run-due starts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="153"/>
        <source>Planned inside the blackout window %1: the scheduler starts it at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="156"/>
        <source>%1 cannot hold two keys at once: rotating %2 means an outage window, so run-due leaves it to an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="137"/>
        <source>rotate on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="138"/>
        <source>rotate within 24 h (%1 and %2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="139"/>
        <source>%1 and %2 both serve %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::CalendarView</name>
    <message>
        <location filename="../ui/CalendarView.cpp" line="98"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="102"/>
        <source>Filter by key, provider, environment or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="104"/>
        <source>Only flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="105"/>
        <source>Show only rotations that collide, fall in a blackout window, are overdue, or whose provider cannot hold two keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="177"/>
        <source>Blackout windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="179"/>
        <source>No scheduled rotation starts inside these windows (UTC); run-due starts it when the window ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="192"/>
        <source>From – to (dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="193"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="205"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="206"/>
        <source>End (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="217"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="218"/>
        <source>From (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="219"/>
        <source>To, inclusive (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="224"/>
        <source>Reason, such as holiday freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="225"/>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="231"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="233"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="276"/>
        <source>None: scheduled rotations may start at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="297"/>
        <source>The window was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="339"/>
        <source>%n planned rotations in the next %1 weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="341"/>
        <source> · %n flagged (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="343"/>
        <source> · %n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyturn::CampaignNotices</name>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="76"/>
        <source>the notice settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="106"/>
        <source>%1 must be an http(s) URL, not &apos;%2&apos;; the notice settings were left as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="110"/>
        <source>the contact must be an e-mail address, not &apos;%1&apos;; the notice settings were left as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="112"/>
        <source>the API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="114"/>
        <source>the dashboard URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="184"/>
        <source>the consumer already uses their new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="184"/>
        <source>the consumer&apos;s old key was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="195"/>
        <source>the deadline moved to %1; a new notice names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="290"/>
        <source>the %1 notice to %2 about %3 could not be drafted: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="296"/>
        <source>the key belongs to no known consumer; sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="346"/>
        <source>template %1 v%2: %3</source>
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
    <name>keyturn::ConnectTeamDialog</name>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="55"/>
        <source>no Secret Service keychain is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="57"/>
        <source>access to it was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="86"/>
        <source>Connect to Team Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="88"/>
        <source>A team workspace lives on a PostgreSQL server your team shares. There you act as your database user, with what its roles allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="101"/>
        <source>Team workspace address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="103"/>
        <source>postgresql://user@host:port/database, optionally with ?sslmode=require; never a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="104"/>
        <source>Write the password in the field below, never in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="105"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="111"/>
        <location filename="../ui/ConnectTeamDialog.cpp" line="113"/>
        <source>Optional: leave empty to use PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="112"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="114"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="117"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="119"/>
        <source>Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="120"/>
        <source>Later Keyturn windows then find it there. Without it, the password lasts for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="125"/>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="133"/>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="135"/>
        <source>Connect to the team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="138"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="139"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="175"/>
        <source>Connect to &amp;team workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="190"/>
        <source>Team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="214"/>
        <source>the team workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="225"/>
        <source>The system keychain could not read the password of %1 (%2). Set PGPASSWORD or use ~/.pgpass instead, or unlock a Secret Service keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="265"/>
        <source>Write the address of the team workspace, such as postgresql://alice@db.example.com:5432/keyturn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="272"/>
        <source>That is not the address of a team workspace. It starts with postgresql:// and names the user, the server and the database, such as postgresql://alice@db.example.com:5432/keyturn. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="280"/>
        <source>Connecting to the team workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="315"/>
        <source>The connection test stopped unexpectedly. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="328"/>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="341"/>
        <source>Connected as %1. Keeping the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="355"/>
        <source>Connected as %1, but the system keychain could not keep the password (%2). The new window gets it for this session only; next time set PGPASSWORD or use ~/.pgpass, or unlock a Secret Service keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="385"/>
        <source>The new Keyturn window could not start: %1</source>
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
        <location filename="../app/core/net/Connections.cpp" line="296"/>
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
        <location filename="../app/core/net/Connections.cpp" line="252"/>
        <source>reachable, but there is no mail API token (KEYTURN_MAIL_TOKEN or the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="255"/>
        <source>reachable at %1; token accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="259"/>
        <source>reachable at %1; the token is checked on the first send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="283"/>
        <source>SMTP server %1:%2 accepts connections; TLS and login are checked on the first send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="289"/>
        <source>cannot reach the SMTP server %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="292"/>
        <source>no answer from the SMTP server %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ConsumersModel</name>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="60"/>
        <source>to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="62"/>
        <source>notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="64"/>
        <source>reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="66"/>
        <source>extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="68"/>
        <source>migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="70"/>
        <source>unmigrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="72"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="104"/>
        <source>Never seen in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="108"/>
        <source>Open campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="108"/>
        <source>Closed campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="115"/>
        <source>in %n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="116"/>
        <source>passed %n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="120"/>
        <source>Sent: %1, the last on %2. Waiting for approval or their send time: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="124"/>
        <source>Sent: none. Waiting for approval or their send time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="155"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="157"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="157"/>
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="162"/>
        <source>%1 sent, %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="173"/>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="174"/>
        <source>Platform id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="175"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="176"/>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="177"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="178"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="179"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="180"/>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="181"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="182"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="201"/>
        <source>new key created, not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="202"/>
        <source>new key not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="203"/>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="210"/>
        <source>Not told yet: the first notice waits for approval in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="212"/>
        <source>Not told yet: the first notice is approved and goes out at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="214"/>
        <source>Not told yet: the first notice was rejected and waits to be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="216"/>
        <source>Not told yet: sending the first notice failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="218"/>
        <source>Not told yet: no notice is drafted (see the notice settings and the alerts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="221"/>
        <source>Notified on %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="232"/>
        <source>Reminded 1 day before the deadline; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="233"/>
        <source>Reminded %1 days before the deadline; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="237"/>
        <source>Deadline extended to %1 (it was %2); %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="238"/>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="242"/>
        <source>Migrated: the new key is in use and the old key has gone quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="243"/>
        <source>Migrated: the new key is in use; the old key still sees calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="247"/>
        <source>The deadline (%1) passed and the new key is not used yet: the run waits for an engineer to extend the deadline or decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="250"/>
        <source>The deadline (%1) passed and the new key is not used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="254"/>
        <source>The consumer revoked their old key themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="256"/>
        <source>The old key was revoked at the deadline before the consumer migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="257"/>
        <source>The old key was revoked after the consumer migrated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ConsumersView</name>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="62"/>
        <source>Filter by name, platform id, contact, integration or campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="64"/>
        <source>Filter consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="68"/>
        <source>Show consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="69"/>
        <source>All consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="70"/>
        <source>In a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="71"/>
        <source>Not migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="72"/>
        <source>Consumers in an open rotation campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="74"/>
        <source>Consumers in a campaign who do not use their new key yet (revoked ones left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="79"/>
        <source>API consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="101"/>
        <source>unmigrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="145"/>
        <source>No consumers yet: they come from the platform with Sync (keyturnctl sync, or the demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="148"/>
        <source>%1 of %2 consumers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="150"/>
        <source> · %1 in an open campaign, %2 not migrated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::CronSchedule</name>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="110"/>
        <source>a cron schedule has 5 fields (minute hour day-of-month month day-of-week); &apos;%1&apos; has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="114"/>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="115"/>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="116"/>
        <source>day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="117"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="118"/>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="133"/>
        <source>Key health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="153"/>
        <source>Show the keys that are %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="167"/>
        <source>Key age against policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="167"/>
        <location filename="../ui/DashboardView.cpp" line="447"/>
        <source>Days since last use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="167"/>
        <source>Upcoming rotations per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="168"/>
        <source>Migration burn-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="168"/>
        <source>401 responses during running rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="263"/>
        <source>Reading the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="342"/>
        <source>Age of the current key (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="345"/>
        <source>Age ÷ rotation interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="353"/>
        <source>1× interval: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="356"/>
        <source>1.5×: critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="418"/>
        <source>Within policy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="418"/>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="418"/>
        <source>Critical (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="429"/>
        <source>A dot per key. Dashed lines: overdue at 1×, critical above 1.5× its interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="431"/>
        <source>%1 keys as %2 dots (coinciding keys share one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="450"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="473"/>
        <source>7 d: stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="476"/>
        <source>30 d: potentially stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="497"/>
        <source>Dashed lines: stale from 7 days unused, potentially stale from 30. A bar opens its longest unused key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="514"/>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="517"/>
        <source>Keys due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="548"/>
        <source>Next 13 weeks by cron schedule or interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="550"/>
        <source>%n key(s) due later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="552"/>
        <source>%n being rotated now not counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="562"/>
        <source>The burn-down of a campaign needs the workspace&apos;s campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="570"/>
        <source>Date (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="572"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="609"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="612"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="645"/>
        <source>Consumers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="652"/>
        <source>%1: %2 of %3 consumers migrated; deadline %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="665"/>
        <source>The 401 counts of running rotations need the workspace&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="676"/>
        <source>401 responses reported by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="705"/>
        <source>Per running run, the old and the new key&apos;s 401 counts; a bar opens the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="706"/>
        <source>No 401s reported during the %n running rotation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="709"/>
        <source>%n run(s) with fewer 401s not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="264"/>
        <source>%1 held keys and %2 issued keys across %3 providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::Database</name>
    <message>
        <location filename="../app/core/store/Database.cpp" line="98"/>
        <source>&apos;%1&apos; is not a PostgreSQL address; write postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="102"/>
        <source>The address of the team workspace carries a password. Keyturn does not take one there: it would show in process lists, shell history and logs. Put it in PGPASSWORD or ~/.pgpass, or let the GUI keep it in the keychain. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="109"/>
        <source>%1 names no database; write postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="114"/>
        <source>%1: unknown connection option &apos;%2&apos;; Keyturn passes on %3. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="117"/>
        <source>%1: the value of &apos;%2&apos; may not contain spaces, quotes or semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="126"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="148"/>
        <location filename="../app/core/store/Database.cpp" line="152"/>
        <source>Cannot connect to the team workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="164"/>
        <source>No workspace given: name a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="168"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="172"/>
        <source>There is no workspace at %1; create one with &apos;keyturnctl --workspace %1 init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="174"/>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="177"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="188"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="195"/>
        <source>%1 is not a Keyturn workspace (not a readable SQLite database: %2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="261"/>
        <source>Your database role does not allow this: %1. Ask an administrator of the team workspace for the Keyturn role it needs. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="265"/>
        <location filename="../app/core/store/Database.cpp" line="290"/>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="303"/>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="312"/>
        <source>commit without a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="317"/>
        <source>an earlier step of this change failed, so none of it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="321"/>
        <source>cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="363"/>
        <source>%1 is a SQLite database but not a Keyturn workspace (it has no schema_migrations table). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="366"/>
        <source>The database %1 holds other tables but no Keyturn workspace (no schema_migrations table). It was left unchanged; use an empty database for Keyturn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="371"/>
        <source>The database %1 holds no Keyturn workspace yet; create it with &apos;keyturnctl --database %1 init&apos;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="385"/>
        <source>The workspace %1 was written by a newer Keyturn (schema %2; this build knows up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="399"/>
        <source>Migrating the workspace to schema %1 failed (%2); it was left at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/RowReader.cpp" line="80"/>
        <location filename="../app/core/store/RowReader.cpp" line="100"/>
        <source>The workspace database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::DemoWorld</name>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="89"/>
        <source>Production keys, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="152"/>
        <source>the demo found no synced production key in use to open a campaign on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="254"/>
        <source>Cannot replace the demo workspace at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="609"/>
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
        <location filename="../app/core/net/HttpJob.cpp" line="143"/>
        <location filename="../app/core/net/HttpJob.cpp" line="256"/>
        <source>the request to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="153"/>
        <source>%1: &apos;%2&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="213"/>
        <location filename="../app/core/net/HttpJob.cpp" line="234"/>
        <source>%1 at %2 sent more than %3 bytes; the answer was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="221"/>
        <source>no answer from %1 at %2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="250"/>
        <source>TLS with %1 at %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="253"/>
        <source>no answer from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="260"/>
        <source>cannot reach %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::HttpResponse</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="71"/>
        <source>%1 answered with malformed JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="74"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="99"/>
        <source>not authenticated: the token was missing or not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="100"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="101"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="102"/>
        <source>the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="106"/>
        <source>%1 refused the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ImportConfirmPage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="216"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="217"/>
        <source>Everything is written in one step, or nothing is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="219"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="236"/>
        <source>Import %1 into %2: %3 to add, %4 to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="240"/>
        <source>Each change is recorded in the audit log as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ImportDonePage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="271"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="285"/>
        <source>The inventory now holds the file&apos;s credentials: %1 added, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ImportFilePage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="45"/>
        <source>Choose the inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="46"/>
        <source>YAML in the rotation guide&apos;s format (api_keys: and/or rotation_schedules:), or CSV with a header row of the same field names. Nothing is written before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="49"/>
        <source>inventory.yaml or inventory.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="60"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="84"/>
        <source>Import inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="85"/>
        <source>Inventory files (*.yaml *.yml *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="96"/>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="99"/>
        <source>Read as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="100"/>
        <source>Read as YAML.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ImportIssue</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="569"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ImportPreviewPage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="115"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="116"/>
        <source>What importing the file would change. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="122"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="122"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="122"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="122"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="127"/>
        <source>Problems in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="150"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="151"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="152"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="156"/>
        <source>%1 · %2 · every %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="160"/>
        <source>changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="164"/>
        <location filename="../ui/ImportWizard.cpp" line="165"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="166"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="173"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="178"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="184"/>
        <source>%1 to add, %2 to change, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="187"/>
        <source>Errors: %1. Fix the file and choose it again; nothing can be imported until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="190"/>
        <source>The inventory already matches the file: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::ImportWizard</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="300"/>
        <source>Import inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="351"/>
        <location filename="../ui/ImportWizard.cpp" line="358"/>
        <source>Export inventory as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="352"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryImport</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="611"/>
        <source>a schedule has 5 fields (minute hour day-of-month month day-of-week), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="638"/>
        <source>%1 does not exist or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="644"/>
        <source>%1 is %2 MB; files over %3 MB are refused (split it into smaller files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="652"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="669"/>
        <source>the file is over %1 MB and was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="676"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="761"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="680"/>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="698"/>
        <source>the header has an empty column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="700"/>
        <source>the header names column %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="706"/>
        <source>the first row must be a header naming the columns, with at least %1 (found: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="718"/>
        <source>this row has %1 cells where the header has %2 columns (a comma inside a cell needs quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="757"/>
        <source>this is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="766"/>
        <source>the file must be a mapping with api_keys: (the inventory) and/or rotation_schedules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="780"/>
        <source>unknown section &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="785"/>
        <source>the file has neither api_keys: (the inventory) nor rotation_schedules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="808"/>
        <source>name &apos;%1&apos; already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="824"/>
        <source>provider is missing (a new credential needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="826"/>
        <source>environment is missing (a new credential needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="858"/>
        <source>secret is missing (the credential&apos;s name or vault path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="887"/>
        <source>secret &apos;%1&apos; matches no credential by name or vault path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="893"/>
        <source>secret &apos;%1&apos; matches more than one credential (%2); use the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="900"/>
        <source>secret &apos;%1&apos; names %2, which line %3 already schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="921"/>
        <source>the entry for %1 sets neither schedule nor grace_period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="940"/>
        <source>the import file has errors (%1); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="954"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="963"/>
        <source>line %1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="984"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="986"/>
        <source>%1; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryModel</name>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="251"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="254"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="259"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="260"/>
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="27"/>
        <source>%n d overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="28"/>
        <source>in %n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="196"/>
        <source>Never seen in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="200"/>
        <source>Current key v%1 (%2) since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="204"/>
        <source>Used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="99"/>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="99"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="206"/>
        <source>Consumer %1; managed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="232"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="256"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="268"/>
        <source>%1: age %2 d, policy %3 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="272"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="287"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="288"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="289"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="290"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="291"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="292"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="293"/>
        <source>Age (d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="294"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="295"/>
        <source>Next rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="296"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="297"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="446"/>
        <source>Reading the inventory stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="25"/>
        <source>Reading the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryView</name>
    <message>
        <location filename="../ui/InventoryView.cpp" line="98"/>
        <source>Filter by name, provider, owner, service, vault path or fingerprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="100"/>
        <source>Filter inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="132"/>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="133"/>
        <source>Environment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="128"/>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="101"/>
        <source>Every word must appear in the key&apos;s name, provider, environment, owner, consumer, vault path, fingerprint, prefix, services or labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="106"/>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="109"/>
        <source>Save filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="111"/>
        <source>Name the current filters to pick them again later (kept in your settings on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="113"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="115"/>
        <source>Forget the chosen saved filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="116"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="129"/>
        <source>Issued and held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="130"/>
        <source>Held keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="131"/>
        <source>Issued keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="134"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="135"/>
        <source>Criticality filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="136"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="137"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="157"/>
        <source>Key inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="171"/>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="182"/>
        <location filename="../ui/InventoryView.cpp" line="564"/>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="184"/>
        <source>Rotate the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="185"/>
        <location filename="../ui/InventoryView.cpp" line="566"/>
        <source>Emergency re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="187"/>
        <source>Revoke the selected key at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="360"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="361"/>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="362"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="363"/>
        <source>Any criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="370"/>
        <source>Reading the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="373"/>
        <source>%1 of %2 keys shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="392"/>
        <source>No saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="392"/>
        <source>Saved filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="403"/>
        <source>A saved filter needs a name; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="406"/>
        <source>Nothing is filtered, so there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="408"/>
        <source>The search text looks like a key, and keys are never written to the settings; nothing was saved. Search by name, fingerprint or prefix instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="451"/>
        <location filename="../ui/InventoryView.cpp" line="457"/>
        <location filename="../ui/InventoryView.cpp" line="461"/>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="451"/>
        <source>Set a filter first: nothing is filtered now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="457"/>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="490"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="499"/>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="526"/>
        <source>The services are not connected: set them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="530"/>
        <source>Select one key: rotations run one key at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="535"/>
        <source>%1 is an issued key: issued keys rotate as campaigns with their consumers, which come later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="538"/>
        <source>%1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="549"/>
        <source>Rotate the selected key: new key, vault, grace period, then the old key is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="551"/>
        <source>Choose a held key and rotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="553"/>
        <source>Revoke the selected key at once, with a new key in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="554"/>
        <source>Choose a held key and revoke it at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::KeyAgeChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="106"/>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="106"/>
        <source>Age / interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="192"/>
        <source>%1: age %2 d of %3 d policy (%4×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="198"/>
        <source>and %n more key(s) at about this point</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="206"/>
        <source>No key with a current version in the inventory yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::KeyDetailsPanel</name>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="65"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="66"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="67"/>
        <source>previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="68"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="94"/>
        <source>Key versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="95"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="105"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="95"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="95"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="95"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="95"/>
        <source>Provider key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="96"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="96"/>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="96"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="96"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="96"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="96"/>
        <source>401s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <source>Rotation runs of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="102"/>
        <source>Notices about the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Audit trail of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="105"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="105"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="105"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="105"/>
        <source>Old fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="106"/>
        <source>New fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="106"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="108"/>
        <source>Double-click an event to show it in the audit history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="117"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="141"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="118"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="142"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="119"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="143"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="120"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="144"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="136"/>
        <source>No key selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="137"/>
        <source>Select a key to see its versions, rotation runs, notices and audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="170"/>
        <source>Could not read key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="179"/>
        <source>issued key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="179"/>
        <source>held key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="185"/>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="186"/>
        <source>criticality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPanel.cpp" line="187"/>
        <source>rotates every %n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="188"/>
        <source>rotates on schedule %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="190"/>
        <source>provider holds one key at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="192"/>
        <source>vault %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="194"/>
        <source>used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="220"/>
        <source>versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="223"/>
        <source>Versions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="236"/>
        <source>runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="239"/>
        <source>Runs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="251"/>
        <source>notices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="254"/>
        <source>Notices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="271"/>
        <source>audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="276"/>
        <source>Audit trail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="279"/>
        <source>Could not read all of the key&apos;s details: %1</source>
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
    <name>keyturn::LastUseChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Potentially stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="242"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="244"/>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="248"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="292"/>
        <source>%n key(s) never seen in use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="293"/>
        <source>%n key(s) unused for %1 d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="294"/>
        <source>Click to open the longest unused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="298"/>
        <source>No key with a current version in the inventory yet</source>
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
        <location filename="../app/core/net/MailApiTransport.cpp" line="55"/>
        <source>the mail API answered without a message id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Keyturn — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>Approval queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Your database role (%1) may not review notices: that takes keyturn_engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>Notice %1 is not in the approval queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Import inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Your database role (%1) may not change the inventory: that takes keyturn_admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;Export inventory as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Exported %1 credentials as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Emergency revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>The new connection settings apply after the current rotation step; save them again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;About Keyturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>About Keyturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&lt;b&gt;Keyturn %1&lt;/b&gt;&lt;p&gt;Rotate API keys without breaking the integrations that use them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Could not load the inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Services not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Your database role (%1) may not rotate or revoke keys: that takes keyturn_admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Connecting to the services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>The services are not connected: set the platform and the vault in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>The services are not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="397"/>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Acting as: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Acting as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>Reading the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>%1 keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::MigrationBurnDownModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="412"/>
        <source>The campaigns could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="421"/>
        <source>Campaign %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="421"/>
        <source>No open campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="429"/>
        <source>The campaign&apos;s consumers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="432"/>
        <source>The campaign %1 has no consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="439"/>
        <source>The campaign&apos;s notices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="457"/>
        <source>The campaign&apos;s history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="492"/>
        <source>%1
%2 of %3 consumers notified, %4 migrated</source>
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
    <name>keyturn::NoticeEditDialog</name>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="23"/>
        <source>Edit notice #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="26"/>
        <source>To %1 &amp;lt;%2&amp;gt;. Saving submits the notice for approval again: someone who has neither drafted nor edited it approves it before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="35"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="39"/>
        <source>Body (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="47"/>
        <source>Preview as the consumer will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="51"/>
        <source>Markdown: # headings, - lists, 1. numbered lists, **bold**, *emphasis*, `code`, ``` code blocks, [text](https://link). No {{placeholder}} may be left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="61"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="62"/>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="71"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="85"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="95"/>
        <source>Save and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="97"/>
        <source>Save the notice and submit it for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="109"/>
        <source>A notice needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="142"/>
        <source>The body cannot be sent like this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="156"/>
        <source>A notice needs a subject; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeSender</name>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="47"/>
        <source>no mail transport is configured in the connection profile; no notice was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="49"/>
        <source>the connection profile has no sender address (--from); no notice was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="89"/>
        <source>delivery of notice %1 to %2 was interrupted (the sending client stopped); it may have reached the recipient. Look for Message-ID %3 there, then run &apos;keyturnctl notices confirm %1 --note …&apos; if it arrived or &apos;keyturnctl notices retry %1&apos; if it did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="164"/>
        <source>an interrupted send, settled by Message-ID %1: the mail API answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="185"/>
        <source>notice %1: %2; it will be tried again at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="191"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="195"/>
        <source>notice %1 to %2 could not be delivered: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="197"/>
        <source>notice %1 to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeStore</name>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="171"/>
        <source>there is no notice template named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="218"/>
        <source>a template name is lower-case letters, digits and dashes, not &apos;%1&apos;; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="221"/>
        <source>template %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="229"/>
        <source>reading template %1 failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="262"/>
        <source>a campaign needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="264"/>
        <source>a campaign needs a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="308"/>
        <source>there is no campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="351"/>
        <source>a notice needs a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="353"/>
        <source>a notice needs a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="355"/>
        <source>the consumer has no contact address (&apos;%1&apos;); no notice was drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="357"/>
        <source>the notice does not render: %1; no notice was drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="389"/>
        <source>drafted from template %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="420"/>
        <source>there is no notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="484"/>
        <source>notice %1 is %2; only a pending notice can be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="486"/>
        <source>notice %1 was drafted by %2 (who started its rotation or wrote it); another engineer must approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="491"/>
        <source>notice %1 was last edited by %2; another engineer must approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="518"/>
        <source>notice %1 was changed by someone else meanwhile (it is now %2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="537"/>
        <source>no notice was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="552"/>
        <source>notice %1 does not render: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="557"/>
        <source>%1; no notice was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="574"/>
        <source>notice %1 was changed by someone else meanwhile; no notice was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="594"/>
        <source>rejecting notice %1 needs a reason; it was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="599"/>
        <source>notice %1 is %2; only a pending or approved notice can be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="618"/>
        <source>notice %1 was changed by someone else since you opened it; your edit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="621"/>
        <source>notice %1 is %2 and can no longer be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="623"/>
        <source>a notice needs a one-line subject; your edit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="625"/>
        <source>the subject still holds a placeholder; your edit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="627"/>
        <source>the notice does not render: %1; your edit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="629"/>
        <source>nothing was changed in notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="649"/>
        <source>cancelling notice %1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="655"/>
        <source>notice %1 is %2 and cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="671"/>
        <source>notice %1 is %2 and cannot be rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="677"/>
        <source>send time %1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="691"/>
        <source>notice %1 is %2; only a failed notice can be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="693"/>
        <source>notice %1 was never approved; edit or approve it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="698"/>
        <source>retry requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="709"/>
        <source>confirming that notice %1 arrived needs a note (how you checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="714"/>
        <source>notice %1 is %2; only a failed or interrupted notice can be confirmed as delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="785"/>
        <source>attempt %1, Message-ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="834"/>
        <location filename="../app/core/notices/NoticeStore.cpp" line="879"/>
        <source>notice %1 is no longer being sent by this client; its state was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="839"/>
        <source>accepted by the mail transport as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="882"/>
        <source>%1; next attempt at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeTemplates</name>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="361"/>
        <source>The consumer&apos;s name as shown in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="362"/>
        <source>The name of the key being rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="363"/>
        <source>The visible prefix of the old key (never the key itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="364"/>
        <source>The old key&apos;s fingerprint, e.g. sha256:1a2b3c4d5e6f7a8b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="365"/>
        <source>The environment the key belongs to, e.g. production or staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="366"/>
        <source>When the old key is revoked, in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="367"/>
        <source>Whole days left until the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="368"/>
        <source>Who to contact with questions: a team, an e-mail address or a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="369"/>
        <source>The API&apos;s base URL for the key&apos;s environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="370"/>
        <source>The health-check URL to test the new key against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="371"/>
        <source>Where the consumer creates a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="372"/>
        <source>Why the key is revoked ahead of schedule (emergency notices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="373"/>
        <source>The previous deadline, in UTC (extension notices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="374"/>
        <source>The rotation campaign the notice belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="567"/>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="584"/>
        <source>%1: unknown placeholder {{%2}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="589"/>
        <source>%1: placeholder {{%2}} has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="593"/>
        <source>%1: the value of {{%2}} must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="602"/>
        <source>%1: the value of {{%2}} holds ` or {{ }} and cannot be placed in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="624"/>
        <source>%1: placeholder {{%2}} is not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="686"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::NoticesModel</name>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="37"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="37"/>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="38"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="38"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="39"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="39"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="40"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="40"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="49"/>
        <source>migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="50"/>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="51"/>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="52"/>
        <source>extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="72"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="78"/>
        <source>Reminder 1 day before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="79"/>
        <source>Reminder %1 days before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="80"/>
        <source>Urgent: sent before any other notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="85"/>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="86"/>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="88"/>
        <source>Last edited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="103"/>
        <location filename="../ui/ApprovalQueueView.cpp" line="171"/>
        <source>%1 (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="123"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="124"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="125"/>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="126"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="127"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="128"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="129"/>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="130"/>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="131"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::PlaceholderScanner</name>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="215"/>
        <source>%1: unbalanced braces: {{ without }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="227"/>
        <source>%1: malformed placeholder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="235"/>
        <source>%1: unbalanced braces: }} without {{</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::PlatformAdminClient</name>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="43"/>
        <source>no platform token: set KEYTURN_PLATFORM_TOKEN or store one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="78"/>
        <source>a key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="80"/>
        <source>the name of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="82"/>
        <source>a version of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="84"/>
        <source>a valid fingerprint of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="87"/>
        <source>a known status of key %1 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="89"/>
        <source>the creation time of key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="100"/>
        <source>a users list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="110"/>
        <source>an id and name for every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="127"/>
        <source>a keys list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="152"/>
        <source>the new key&apos;s secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="154"/>
        <source>a secret matching the new key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="204"/>
        <source>the number of disabled keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="222"/>
        <source>a key id in the usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="238"/>
        <source>a logs list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="253"/>
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
    <name>keyturn::RejectNoticeDialog</name>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="16"/>
        <source>Reject notice #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="19"/>
        <source>&lt;p&gt;Reject the notice to &lt;b&gt;%1&lt;/b&gt;: “%2”?&lt;/p&gt;&lt;p&gt;It goes back to the drafts, and nothing is sent until it is edited and approved. The reason is kept in the notice&apos;s history and in the audit log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="27"/>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="30"/>
        <source>Reason for the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="31"/>
        <source>What has to change before this notice can go out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="37"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="39"/>
        <source>Reject the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="66"/>
        <source>Write the reason first.</source>
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
        <location filename="../app/core/rotation/RotationEngine.cpp" line="100"/>
        <source>planned: pre-checks come next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="101"/>
        <source>pre-checked: the provider and the vault answered, the lock is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="102"/>
        <source>new key created at the provider; storing it in the vault comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="103"/>
        <source>new key stored in the vault beside the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="105"/>
        <source>grace period: waiting for services to pick up the new key and for the old one to go quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="106"/>
        <source>verified: the new key is in use and the old key is quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="107"/>
        <source>old key revoked at the provider; removing it from the vault comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="108"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="109"/>
        <source>failed: the old key is still valid; resume or roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="110"/>
        <source>rolling back: restoring the old key in the vault and revoking the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="111"/>
        <source>rolled back: the old key is current again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="112"/>
        <source>campaign opened: the consumer is to be told to create and switch to a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="113"/>
        <source>waiting for the consumer to create, use and switch to a new key before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="114"/>
        <source>escalated: the consumer did not migrate by the deadline; extend it or decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="149"/>
        <source>%1 is an issued key: consumers rotate it themselves in a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="158"/>
        <source>the provider holds the old and the new key at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="159"/>
        <source>%1 cannot hold two keys at once: services using the old key fail from the moment it is replaced until they pick up the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="170"/>
        <source>another rotation of this key is not finished; finish or roll it back first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="171"/>
        <source>no other rotation of this key is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="176"/>
        <source>the owner (%1) must sign the run off before anything is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="181"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="417"/>
        <source>no vault is configured in the connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="182"/>
        <source>%1 has no vault path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="197"/>
        <source>the vault has no entry with a key_id at %1: Keyturn rotates keys whose vault entry names the provider&apos;s key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="205"/>
        <source>entry at %1 is version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="211"/>
        <source>the token may write the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="212"/>
        <source>the token may not write the path (capabilities: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="223"/>
        <source>the provider does not know the vault&apos;s key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="226"/>
        <source>the vault&apos;s key %1 is %2 at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="229"/>
        <source>the vault&apos;s key does not match key %1 at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="234"/>
        <source>the provider answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="237"/>
        <source>current key %1 (%2), version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="251"/>
        <source>%1 is an issued key: consumers rotate it themselves in a campaign, not in a key swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="254"/>
        <source>%1 is retired (revoked); there is nothing to rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="256"/>
        <source>an emergency revocation needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="258"/>
        <source>%1 cannot hold two keys at once: accept the outage window explicitly to rotate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="278"/>
        <source>rotation run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="299"/>
        <source>run %1 is being advanced by another Keyturn right now; nothing was done here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="363"/>
        <source>run %1 cannot be rolled back: the old key is no longer valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="383"/>
        <source>an override needs a written reason of at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="388"/>
        <source>run %1 is not waiting for verification (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="428"/>
        <source>a campaign run cannot be in state &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="446"/>
        <source>run %1 is in an unknown state &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="462"/>
        <source>rotation run %1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="463"/>
        <source>rotation run %1 rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="481"/>
        <source>run %1 failed, the old key is still valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="496"/>
        <source>run %1 does not wait for a sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="499"/>
        <source>%1 started run %2 and cannot also sign it off: another person must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="517"/>
        <source>a sign-off by the owner (%1), someone other than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="539"/>
        <source>pre-checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="559"/>
        <source>the vault entry disappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="580"/>
        <source>creating the new key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="616"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="807"/>
        <source>the vault entry at %1 disappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="639"/>
        <source>the vault entry at %1 changed since the pre-check (version %2, expected %3); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="655"/>
        <source>storing the new key in the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="669"/>
        <source>recovering the new key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="677"/>
        <source>could not revoke an unrecoverable new key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="687"/>
        <source>the new key&apos;s secret was lost; it was revoked and a new one is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="700"/>
        <source>the grace period to end at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="721"/>
        <source>reading the new key&apos;s use failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="724"/>
        <source>reading the old key&apos;s use failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="738"/>
        <source>not seen in use: the key was idle for a week before the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="743"/>
        <source>the new key to be seen in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="744"/>
        <source>the old key to be quiet for %1 (last used %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="750"/>
        <source>%1: the old key is still used after the grace period; the run waits instead of revoking it (override with a reason to revoke anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="795"/>
        <source>revoking the old key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="822"/>
        <source>removing the revoked key from the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="863"/>
        <source>rolling back: listing the provider&apos;s keys failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="889"/>
        <source>rolling back: revoking the new key %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="898"/>
        <source>rolling back: reading the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="911"/>
        <source>rolling back: restoring the old key in the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="921"/>
        <source>a campaign needs at least one issued key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="923"/>
        <source>the deadline policy must be revoke or escalate, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="925"/>
        <source>the deadline must lie in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="927"/>
        <source>an emergency campaign needs a reason (the consumers are told it); nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="929"/>
        <source>the first notice must go out at least %1 days before the deadline, so the deadline must be at least %1 days away (or the rotation an emergency); nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="942"/>
        <source>%1 is a held key: rotate it with a key swap, not a campaign; nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="944"/>
        <source>%1 was not synced from the platform (no provider reference); sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="958"/>
        <source>Emergency rotation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="958"/>
        <source>Rotation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="960"/>
        <source>%1 keys (%2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="970"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="991"/>
        <source>%1; no campaign was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="994"/>
        <source>campaign run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1008"/>
        <source>an extension needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1010"/>
        <source>an extension must move the deadline later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1015"/>
        <source>run %1 is not an open campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1037"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1063"/>
        <source>listing the consumer&apos;s keys failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1044"/>
        <source>the consumer has no active key named %1 at the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1123"/>
        <source>%1 was never sent a notice about %2 (none was approved and delivered), so the old key was not revoked at the deadline (%3); approve and send the notice, then extend the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1136"/>
        <source>revoking the consumer&apos;s old key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1115"/>
        <source>%1 did not migrate %2 by the deadline (%3); extend the deadline or decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1174"/>
        <source>disabling a consumer&apos;s keys needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1177"/>
        <source>no platform is configured in the connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1187"/>
        <source>there is no consumer %1 in the inventory; sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1190"/>
        <source>the platform did not disable the keys: %1; nothing was changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1210"/>
        <source>all keys of %1 disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1215"/>
        <source>all keys of %1 (%2) were disabled: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RotationProgressPage</name>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="23"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="24"/>
        <source>The run goes on by itself. You may close this window: the Rotations page keeps advancing the run and shows where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="26"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="67"/>
        <source>The services are not connected: the run waits until they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="83"/>
        <source>The last step did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="105"/>
        <source>The run failed; the old key is still valid. Resume it or roll it back on the Rotations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="108"/>
        <source>The run is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RotationsView</name>
    <message>
        <location filename="../ui/RotationsView.cpp" line="55"/>
        <source>Filter runs by key name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="57"/>
        <source>Filter runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="63"/>
        <source>Rotation runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="91"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="91"/>
        <source>Resume the selected failed run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="92"/>
        <source>Roll &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="92"/>
        <source>Roll back the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="93"/>
        <source>&amp;Override verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="94"/>
        <source>Override the verification of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="95"/>
        <source>&amp;Advance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="95"/>
        <source>Advance the selected run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="101"/>
        <source>Rotations message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="139"/>
        <source>Could not load the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="219"/>
        <source>Runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="250"/>
        <source>run #%1 (%2) is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="254"/>
        <source>Advancing the due runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="256"/>
        <source>Advanced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="282"/>
        <source>The services are not connected, so runs cannot be changed from here: set the platform and the vault in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="285"/>
        <source>Select a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="287"/>
        <source>Waiting for the previous action to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="293"/>
        <source>Only a failed run can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="294"/>
        <source>Take the failed run back to the step that failed and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="296"/>
        <source>Roll back is offered only while the old key is still valid: before it is revoked, and while the run is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="298"/>
        <source>Put the previous key back in the vault and revoke the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="300"/>
        <source>Only a run waiting for verification in its grace period can be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="301"/>
        <source>Let the run revoke the old key without verification; a written reason is required and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="303"/>
        <source>A finished or failed run does not advance; resume a failed run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="304"/>
        <source>Run the selected run&apos;s next steps now instead of waiting for the timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="342"/>
        <source>Resuming run #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="347"/>
        <source>Run #%1 was not resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="348"/>
        <source>Run #%1 resumed; it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="362"/>
        <source>Roll back run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="363"/>
        <source>Roll back the rotation of %1?

The vault gets the previous key back and the new key is revoked at the provider. Services that already use the new key must pick up the previous one from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="369"/>
        <source>Rolling back run #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="374"/>
        <source>Run #%1 was not rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="375"/>
        <location filename="../ui/RotationsView.cpp" line="441"/>
        <source>Run #%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="387"/>
        <source>Override verification of run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="388"/>
        <source>The old key of %1 will be revoked without waiting for verification. Services still using it will fail.
Why is that acceptable? (required, at least a sentence; recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="405"/>
        <source>A written reason is required to override verification; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="409"/>
        <source>Run #%1: verification was not overridden: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="413"/>
        <source>Verification of run #%1 overridden; revoking the old key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="420"/>
        <source>Verification of run #%1 was overridden, but advancing it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="421"/>
        <source>Verification of run #%1 overridden (the reason is in the audit log); it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="435"/>
        <source>Advancing run #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="440"/>
        <source>Run #%1 did not advance: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RowReader</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="173"/>
        <source>%1 must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="184"/>
        <source>%1 must be a list of names, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="184"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="202"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="348"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="218"/>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="234"/>
        <source>%1 &apos;%2&apos; is not a duration such as 30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="235"/>
        <source>%1 &apos;%2&apos; is not a duration such as 2h or 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="247"/>
        <source>%1 &apos;%2&apos; must be whole days, such as 30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="251"/>
        <source>%1 &apos;%2&apos; is longer than 100 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="264"/>
        <source>%1 &apos;%2&apos; is not one of low, medium, high, critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="277"/>
        <source>%1 &apos;%2&apos; is not held or issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="288"/>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="298"/>
        <source>field &apos;%1&apos; looks like key material: Keyturn never stores keys, so it was ignored; remove it from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="302"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="320"/>
        <source>%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="366"/>
        <source>name is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::RunProgressWidget</name>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="40"/>
        <source>Steps of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="44"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="44"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="139"/>
        <source>done, %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="142"/>
        <source>Run #%1 · %2 · %3 · started by %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="154"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="158"/>
        <source>current, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="159"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="163"/>
        <source>failed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="166"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="167"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="186"/>
        <source>Completed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="188"/>
        <source>Rolled back %1: the vault holds the previous key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="191"/>
        <source>Waiting for an operator: resume the run, or roll it back while the old key is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="196"/>
        <source>Waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="198"/>
        <source>Next step: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="200"/>
        <source>Grace period until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="207"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="207"/>
        <source>(not yet known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="209"/>
        <source>Old key: %1
New key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="211"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="217"/>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="220"/>
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
    <name>keyturn::Scheduler</name>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="75"/>
        <source>%1 has no rotation time to count from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="80"/>
        <source>%1: the schedule &apos;%2&apos; is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="84"/>
        <source>%1: the schedule &apos;%2&apos; never occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="96"/>
        <source>every %n d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="97"/>
        <source>cron %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="274"/>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="285"/>
        <source>skipped: run #%1 failed and waits for an operator (keyturnctl runs resume %1, or runs rollback %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="295"/>
        <source>skipped: an issued key rotates in a campaign with its consumers, which an operator opens (keyturnctl rotate %1); the scheduler never starts campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="304"/>
        <source>skipped: due by its %1-day policy, but not scheduled for automatic rotation (give it a cron schedule or the label %2, or rotate it: keyturnctl rotate %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="314"/>
        <source>skipped: %1 cannot hold two keys at once, so rotating means an outage window that an operator must accept (keyturnctl rotate %2 --accept-single-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="335"/>
        <source>deferred: inside the blackout window %1, until %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="351"/>
        <source>deferred: shares %1 with %2, which is still rotating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="352"/>
        <source>deferred: shares %1 with %2</source>
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
    <name>keyturn::TeamRoles</name>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="56"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="63"/>
        <source>no Keyturn role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::TlsSettings</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="54"/>
        <source>cannot read the CA bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="58"/>
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
    <name>keyturn::UnauthorizedChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="505"/>
        <source>Old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="505"/>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="516"/>
        <source>The rotation runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="530"/>
        <source>The keys of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="545"/>
        <source>No rotation is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="554"/>
        <source>%1, run #%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="556"/>
        <source>401s: %1 with the old key, %2 with the new key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::UpcomingRotationsChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Held keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Issued keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="323"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="370"/>
        <source>%n key(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="371"/>
        <source>%n held key(s) due in the week of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="372"/>
        <source>%n issued key(s) due in the week of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="374"/>
        <source>Click to open the most overdue: %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="375"/>
        <source>Click to open the first due: %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="381"/>
        <source>Every key is being rotated right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="381"/>
        <source>No key to rotate in the inventory yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::VaultClient</name>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="66"/>
        <source>no vault token: set KEYTURN_VAULT_TOKEN or store one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="84"/>
        <source>a seal state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="108"/>
        <source>data and metadata.version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="130"/>
        <source>vault: %1 was changed by another writer (check-and-set version did not match); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="140"/>
        <source>the new version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="156"/>
        <source>current_version for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="197"/>
        <source>capabilities for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="213"/>
        <source>token data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::Workspace</name>
    <message>
        <location filename="../app/core/Workspace.cpp" line="34"/>
        <source>No acting identity: name one with --actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="173"/>
        <source>the stored connection profile &apos;%1&apos; is damaged (%2); set it again with &apos;keyturnctl profile set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="178"/>
        <source>the stored connection profile &apos;%1&apos; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="293"/>
        <source>The alert check stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::WorkspaceStore</name>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="194"/>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="224"/>
        <source>a credential named %1 already exists; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="276"/>
        <source>%1 was changed by someone else since it was read; your change was not saved. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="328"/>
        <source>there is no credential with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="345"/>
        <source>there is no credential named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="443"/>
        <source>a key version needs a fingerprint of the form sha256: and 16 hex digits; nothing was added (the value given is not repeated here in case it is a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="495"/>
        <source>cannot add key version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="520"/>
        <source>there is no key version with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="583"/>
        <source>a consumer needs an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="720"/>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="822"/>
        <source>there is no rotation run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="848"/>
        <source>%1 is already being rotated by run #%2 (started by %3, now %4); nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="882"/>
        <source>%1 is already being rotated by another client; nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="924"/>
        <source>run %1 was moved on by another process (it is no longer %2); this step did nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyturn::alertrules</name>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="150"/>
        <source>%1: the key in use since %2 is older than %3× its %4-day rotation interval (since %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="166"/>
        <source>%1: rotation overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="171"/>
        <source>%1: rotation due on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="185"/>
        <source>%1: unused since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="186"/>
        <source>%1: never seen in use since it became current on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="189"/>
        <source> (potentially stale: %1 days or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="191"/>
        <source> (possible stale deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="199"/>
        <source>%1: rotation run #%2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="200"/>
        <source>%1: rotation run #%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="226"/>
        <source>%1: the old key (v%2) was used at %3, after the grace period of run #%4 ended at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="256"/>
        <source>%1: %2 refused (401) requests since run #%3 began (%4), more than %5× the rate before it (%6 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="273"/>
        <source>%1: revoked key v%2 (%3) was tried after its revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="278"/>
        <source>: %n refused request(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="280"/>
        <source> (last use %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>Keyturn: rotate API keys without breaking the integrations that use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="128"/>
        <source>Build a fresh demo workspace and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="130"/>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>Who acts (default: the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="136"/>
        <source>Render a view to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="139"/>
        <source>The view to show: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>Seed of the demo world (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
