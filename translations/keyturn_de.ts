<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>Keyturn</source>
        <translation>Keyturn</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="174"/>
        <source>The demo&apos;s sandbox could not start: %1</source>
        <translation>Die Sandbox der Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="259"/>
        <source>The demo could not sync from its sandbox: %1</source>
        <translation>Die Demo konnte nicht aus ihrer Sandbox synchronisieren: %1</translation>
    </message>
</context>
<context>
    <name>keyturn</name>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="98"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="102"/>
        <source>a rotation is running</source>
        <translation>eine Rotation läuft</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="108"/>
        <source>age %1 d, policy %2 d</source>
        <translation>Alter %1 Tg., Richtlinie %2 Tg.</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="110"/>
        <source> (above %1× the interval)</source>
        <translation> (mehr als das %1-Fache des Intervalls)</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="113"/>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="120"/>
        <source>rotation due in %1 d</source>
        <translation>Rotation fällig in %1 Tg.</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="131"/>
        <source>unused for %1 d</source>
        <translation>seit %1 Tg. ungenutzt</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="132"/>
        <source>never used in %1 d</source>
        <translation>in %1 Tg. nie verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="135"/>
        <source> (potentially stale)</source>
        <translation> (möglicherweise verwaist)</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="138"/>
        <source> (possible stale deployment)</source>
        <translation> (möglicherweise ungenutzte Bereitstellung)</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="33"/>
        <source>a credential needs a name</source>
        <translation>ein Schlüssel braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="35"/>
        <source>credential %1 needs a provider</source>
        <translation>Schlüssel %1 braucht einen Anbieter</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="37"/>
        <source>credential %1 needs an environment</source>
        <translation>Schlüssel %1 braucht eine Umgebung</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="39"/>
        <source>credential %1: the rotation interval must be at least one day</source>
        <translation>Schlüssel %1: Das Rotationsintervall muss mindestens einen Tag betragen</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="41"/>
        <source>credential %1: the grace period cannot be negative</source>
        <translation>Schlüssel %1: Die Übergangsfrist darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="43"/>
        <source>credential %1: criticality must be low, medium, high or critical, not &apos;%2&apos;</source>
        <translation>Schlüssel %1: Die Kritikalität muss low, medium, high oder critical sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="47"/>
        <source>credential %1: the schedule &apos;%2&apos; is not a valid cron expression: %3</source>
        <translation>Schlüssel %1: Der Zeitplan „%2“ ist kein gültiger Cron-Ausdruck: %3</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="21"/>
        <source>%1: &apos;%2&apos; is not an http:// or https:// URL</source>
        <translation>%1: „%2“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="23"/>
        <source>%1: put no user name or password in the URL; tokens come from the keychain or the environment</source>
        <translation>%1: Geben Sie in der URL weder Benutzernamen noch Passwort an; Tokens stammen aus dem Schlüsselbund oder aus Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="29"/>
        <source>%1: plain http is only allowed to this machine (loopback); use https for %2</source>
        <translation>%1: Unverschlüsseltes http ist nur zu diesem Rechner (Loopback) erlaubt; verwenden Sie https für %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="25"/>
        <source>the platform answered without %1</source>
        <translation>die Plattform hat ohne %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="18"/>
        <source>the OS keychain could not %1 (%2); set %3 instead, or unlock a Secret Service keychain</source>
        <translation>Aktion im Schlüsselbund des Betriebssystems fehlgeschlagen: %1 (%2); setzen Sie stattdessen %3 oder entsperren Sie einen Secret-Service-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="24"/>
        <source>vault answered without %1</source>
        <translation>Vault hat ohne %1 geantwortet</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="24"/>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="24"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="275"/>
        <source>subject: the subject is empty</source>
        <translation>Betreff: Der Betreff ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="277"/>
        <source>subject: the subject must be a single line</source>
        <translation>Betreff: Der Betreff muss einzeilig sein</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="279"/>
        <source>the body is empty</source>
        <translation>der Nachrichtentext ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="90"/>
        <source>a quote inside an unquoted cell; quote the whole cell and double the quote (&quot;say &quot;&quot;hi&quot;&quot;&quot;)</source>
        <translation>ein Anführungszeichen in einer Zelle ohne Anführungszeichen; setzen Sie die ganze Zelle in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;sagt &quot;&quot;hallo&quot;&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="103"/>
        <source>text after the closing quote of a cell; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen einer Zelle; ein Anführungszeichen innerhalb einer Zelle in Anführungszeichen wird doppelt geschrieben (&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="113"/>
        <source>a quoted cell starts here and is never closed</source>
        <translation>hier beginnt eine Zelle in Anführungszeichen, die nie geschlossen wird</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="195"/>
        <source>the audit log&apos;s head record is missing (the log was tampered with); nothing was exported</source>
        <translation>der Kopfdatensatz des Audit-Protokolls fehlt (das Protokoll wurde manipuliert); es wurde nichts exportiert</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="233"/>
        <source>the export was cancelled after %1 events</source>
        <translation>der Export wurde nach %1 Ereignissen abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="248"/>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="259"/>
        <location filename="../app/core/importer/InventoryExport.cpp" line="47"/>
        <source>cannot write %1: %2; nothing was exported</source>
        <translation>%1 kann nicht geschrieben werden: %2; es wurde nichts exportiert</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="263"/>
        <source>; %1 was left as it was</source>
        <translation>; %1 blieb unverändert</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="266"/>
        <source>cannot write %1: %2; it was left as it was</source>
        <translation>%1 kann nicht geschrieben werden: %2; die Datei blieb unverändert</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="540"/>
        <location filename="../app/core/audit/AuditExport.cpp" line="625"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="83"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="86"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="546"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="574"/>
        <source>event #%1 (line %2) does not match its hash: it was altered</source>
        <translation>Ereignis #%1 (Zeile %2) passt nicht zu seinem Hash: Es wurde verändert</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="579"/>
        <source>event #1 (line %1) does not start from the genesis hash</source>
        <translation>Ereignis #1 (Zeile %1) beginnt nicht beim Genesis-Hash</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="583"/>
        <source>event #%1 (line %2) comes after #%3: rows are out of order</source>
        <translation>Ereignis #%1 (Zeile %2) folgt auf #%3: Die Zeilen sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="588"/>
        <source>event #%1 (line %2) does not follow event #%3: one of them was altered and its hash recomputed, or rows were replaced</source>
        <translation>Ereignis #%1 (Zeile %2) schließt nicht an Ereignis #%3 an: Eines davon wurde verändert und sein Hash neu berechnet, oder Zeilen wurden ersetzt</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="610"/>
        <source>event #%1 lies beyond the head #%2 the export ends with</source>
        <translation>Ereignis #%1 liegt hinter dem Kettenkopf #%2, mit dem der Export endet</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="612"/>
        <source>the head line does not match event #%1: the file was altered</source>
        <translation>die Kettenkopf-Zeile passt nicht zu Ereignis #%1: Die Datei wurde verändert</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="614"/>
        <source>the head line of an empty log must carry the genesis hash</source>
        <translation>die Kettenkopf-Zeile eines leeren Protokolls muss den Genesis-Hash enthalten</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryExport.cpp" line="50"/>
        <source>cannot write %1: %2; any file that was there is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: %2; eine dort vorhandene Datei bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="138"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="139"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="140"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="143"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="410"/>
        <source>%1 must be a list of entries (&quot;- name: ...&quot;)</source>
        <translation>%1 muss eine Liste von Einträgen sein (&quot;- name: ...&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="417"/>
        <source>each entry of %1 must be a mapping of fields (name: ..., provider: ...)</source>
        <translation>jeder Eintrag von %1 muss eine Zuordnung von Feldern sein (name: ..., provider: ...)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="425"/>
        <source>a field name must be text</source>
        <translation>ein Feldname muss Text sein</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="537"/>
        <source>the %1 field has an empty list item</source>
        <translation>das Feld %1 hat einen leeren Listeneintrag</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="545"/>
        <source>the %1 field has a bad step &apos;%2&apos;</source>
        <translation>das Feld %1 hat eine ungültige Schrittweite „%2“</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="553"/>
        <source>the %1 field &apos;%2&apos; is not a number</source>
        <translation>der Wert „%2“ im Feld %1 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="557"/>
        <source>the %1 field &apos;%2&apos; is outside %3-%4</source>
        <translation>der Wert „%2“ im Feld %1 liegt außerhalb von %3-%4</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="559"/>
        <source>the %1 field&apos;s range &apos;%2&apos; runs backwards</source>
        <translation>der Bereich „%2“ im Feld %1 läuft rückwärts</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="93"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="95"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="97"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="104"/>
        <source>Key too old</source>
        <translation>Schlüssel zu alt</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="106"/>
        <source>Rotation due</source>
        <translation>Rotation fällig</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="108"/>
        <source>Rotation failed</source>
        <translation>Rotation fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="110"/>
        <source>Old key used after grace</source>
        <translation>Alter Schlüssel nach Übergangsfrist verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="112"/>
        <source>401s during rotation</source>
        <translation>401-Fehler während Rotation</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="114"/>
        <source>Revoked key tried</source>
        <translation>Zugriff mit widerrufenem Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="116"/>
        <source>Key unused</source>
        <translation>Schlüssel ungenutzt</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="118"/>
        <source>Potentially stale</source>
        <translation>Evtl. verwaist</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="120"/>
        <source>Old key still used</source>
        <translation>Alter Schlüssel noch in Verwendung</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="96"/>
        <source>a blackout window needs a start and an end time (ISO 8601, UTC)</source>
        <translation>ein Sperrzeitraum braucht eine Start- und eine Endzeit (ISO 8601, UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="99"/>
        <source>the blackout window ends (%1) before it starts (%2)</source>
        <translation>der Sperrzeitraum endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="104"/>
        <source>a weekly blackout window needs a weekday from 0 (Sunday) to 7 (Sunday), not %1</source>
        <translation>ein wöchentlicher Sperrzeitraum braucht einen Wochentag von 0 (Sonntag) bis 7 (Sonntag), nicht %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="106"/>
        <source>a weekly blackout window needs &apos;from&apos; and &apos;to&apos; times (HH:mm, UTC)</source>
        <translation>ein wöchentlicher Sperrzeitraum braucht die Zeiten &apos;from&apos; und &apos;to&apos; (HH:mm, UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="115"/>
        <source>the blackout windows are not a JSON array: %1</source>
        <translation>die Sperrzeiträume sind kein JSON-Array: %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="133"/>
        <source>blackout window %1: %2</source>
        <translation>Sperrzeitraum %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="156"/>
        <source>the stored blackout windows cannot be read: %1</source>
        <translation>die gespeicherten Sperrzeiträume können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="164"/>
        <source>blackout window %1: %2; the blackout windows were left as they were</source>
        <translation>Sperrzeitraum %1: %2; die Sperrzeiträume blieben unverändert</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="33"/>
        <source>field %1 (%2)</source>
        <translation>Feld %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="44"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="45"/>
        <source>%1: &apos;%2&apos; is not a number or a name (%3)</source>
        <translation>%1: „%2“ ist weder eine Zahl noch ein Name (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="51"/>
        <source>%1: %2 is out of %3-%4</source>
        <translation>%1: %2 liegt außerhalb von %3-%4</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="62"/>
        <source>%1: &apos;%2&apos; has an empty list item</source>
        <translation>%1: „%2“ hat einen leeren Listeneintrag</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="72"/>
        <source>%1: the step in &apos;%2&apos; must be a whole number of at least 1</source>
        <translation>%1: Die Schrittweite in „%2“ muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="88"/>
        <source>%1: the range %2 runs backwards</source>
        <translation>%1: Der Bereich %2 läuft rückwärts</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="96"/>
        <location filename="../app/core/audit/AuditQuery.cpp" line="100"/>
        <source>cannot read the audit log: %1</source>
        <translation>das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="218"/>
        <source>there is no key named or numbered &apos;%1&apos;</source>
        <translation>es gibt keinen Schlüssel mit dem Namen oder der Nummer „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="439"/>
        <source>there is no audit event #%1</source>
        <translation>es gibt kein Audit-Ereignis #%1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="235"/>
        <source>sign-off of rotation run %1 (%2)</source>
        <translation>Zustimmung zum Rotationslauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="239"/>
        <source>verification override, run %1 (%2)</source>
        <translation>Übersteuerung der Verifizierung, Lauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="246"/>
        <source>old key revoked by rotation run %1</source>
        <translation>alter Schlüssel durch Rotationslauf %1 widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="255"/>
        <source>key version revoked</source>
        <translation>Schlüsselversion widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="263"/>
        <source>credential revoked: %1</source>
        <translation>Schlüssel widerrufen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="266"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="269"/>
        <source>notice %1 (%2)</source>
        <translation>Mitteilung %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="314"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="316"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="338"/>
        <source>## What rotated, and when

Rotation runs with events in the period, by run. *State* is the last state the period recorded (`completed`: the new key is in use and the old one revoked).

</source>
        <translation>## Was wann rotiert wurde

Rotationsläufe mit Ereignissen im Zeitraum, nach Lauf. *Zustand* ist der letzte im Zeitraum erfasste Zustand (`completed`: Der neue Schlüssel ist in Verwendung und der alte widerrufen).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>when</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <source>old fingerprint</source>
        <translation>Alter Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <source>new fingerprint</source>
        <translation>Neuer Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <source>new version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <source>acted</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="342"/>
        <source>No rotation ran in the period.</source>
        <translation>Im Zeitraum lief keine Rotation.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="343"/>
        <source>
Key versions recorded in the period (by a rotation, a sync with the provider, or an import):

</source>
        <translation>
Im Zeitraum erfasste Schlüsselversionen (durch eine Rotation, eine Synchronisierung mit dem Anbieter oder einen Import):

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>by</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="345"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="351"/>
        <source>## Approvals

Every approval of a notice (four-eyes: its author cannot approve it), owner sign-off of a rotation, and written override of verification in the period.

</source>
        <translation>## Freigaben

Jede Freigabe einer Mitteilung (Vier-Augen-Prinzip: Der Verfasser kann sie nicht selbst freigeben), jede Zustimmung des Verantwortlichen zu einer Rotation und jede schriftlich begründete Übersteuerung der Verifizierung im Zeitraum.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>what</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>consumer</source>
        <translation>Konsument</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>note or reason</source>
        <translation>Notiz oder Begründung</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="354"/>
        <source>No approvals in the period.</source>
        <translation>Keine Freigaben im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="355"/>
        <source>
Rejected notices:

</source>
        <translation>
Abgelehnte Mitteilungen:

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>notice</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>rejected by</source>
        <translation>Abgelehnt von</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="362"/>
        <source>## Notices sent

Every notice delivered to a consumer in the period.

</source>
        <translation>## Gesendete Mitteilungen

Jede im Zeitraum an einen Konsumenten zugestellte Mitteilung.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="364"/>
        <source>No notices were sent in the period.</source>
        <translation>Im Zeitraum wurden keine Mitteilungen gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="370"/>
        <source>## Revocations

Every key revoked in the period, by a rotation or by hand.

</source>
        <translation>## Widerrufe

Jeder im Zeitraum widerrufene Schlüssel, durch eine Rotation oder von Hand.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>how</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="372"/>
        <source>No keys were revoked in the period.</source>
        <translation>Im Zeitraum wurden keine Schlüssel widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="378"/>
        <source>## Keys overdue at the period&apos;s end (%1)

Keys whose current key at that moment was older than their rotation interval (Keyturn&apos;s status rules: *overdue* at the interval, *overdue (critical)* above 1.5 times it).

</source>
        <translation>## Am Ende des Zeitraums überfällige Schlüssel (%1)

Schlüssel, deren aktuelle Version zu diesem Zeitpunkt älter als ihr Rotationsintervall war (Statusregeln von Keyturn: *überfällig* ab dem Intervall, *überfällig (kritisch)* ab mehr als dem 1,5-Fachen).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>current since</source>
        <translation>Aktuell seit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="383"/>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="383"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="384"/>
        <source>No key was overdue at the period&apos;s end.</source>
        <translation>Am Ende des Zeitraums war kein Schlüssel überfällig.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="401"/>
        <source>SOC 2 — CC6.1 Logical access security</source>
        <translation>SOC 2 — CC6.1 Logische Zugriffssicherheit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="402"/>
        <source>The entity implements logical access security over protected information assets: credentials that grant access are managed through their life, replaced, and removed when no longer needed.</source>
        <translation>Die Organisation setzt logische Zugriffssicherheit für geschützte Informationswerte um: Schlüssel, die Zugriff gewähren, werden über ihren gesamten Lebenszyklus verwaltet, ersetzt und entfernt, sobald sie nicht mehr benötigt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="404"/>
        <source>API keys are held in an inventory with a rotation interval each. Rotations replace a key only after the new one is seen in use and revoke the old one; keys past their interval are listed below.</source>
        <translation>API-Schlüssel werden in einem Inventar mit jeweils eigenem Rotationsintervall geführt. Rotationen ersetzen einen Schlüssel erst, wenn der neue nachweislich in Verwendung ist, und widerrufen den alten; Schlüssel, deren Intervall überschritten ist, sind unten aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="408"/>
        <source>SOC 2 — CC8.1 Change management</source>
        <translation>SOC 2 — CC8.1 Änderungsmanagement</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="409"/>
        <source>Changes to infrastructure and software are authorized, documented, approved and implemented under control.</source>
        <translation>Änderungen an Infrastruktur und Software werden kontrolliert autorisiert, dokumentiert, freigegeben und umgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="411"/>
        <source>Every key rotation is a recorded run with who started it and each step; notices to consumers are approved by someone other than their author before they are sent; overrides need a written reason.</source>
        <translation>Jede Schlüsselrotation ist ein aufgezeichneter Lauf, mit der Person, die ihn gestartet hat, und jedem Schritt; Mitteilungen an Konsumenten werden vor dem Senden von jemand anderem als ihrem Verfasser freigegeben; Übersteuerungen erfordern eine schriftliche Begründung.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="415"/>
        <source>ISO/IEC 27001:2022 — A.5.17 Authentication information</source>
        <translation>ISO/IEC 27001:2022 — A.5.17 Informationen zur Authentifizierung</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="416"/>
        <source>Allocation and management of authentication information is controlled by a management process, including telling the people who hold it how to handle it.</source>
        <translation>Zuteilung und Verwaltung von Informationen zur Authentifizierung werden durch einen Managementprozess gesteuert, einschließlich der Unterweisung der Personen, die sie besitzen, im richtigen Umgang damit.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="418"/>
        <source>Keys are issued, rotated and revoked through Keyturn; consumers holding a key are sent approved notices telling them what changes and by when.</source>
        <translation>Schlüssel werden über Keyturn ausgegeben, rotiert und widerrufen; Konsumenten, die einen Schlüssel besitzen, erhalten freigegebene Mitteilungen, die ihnen sagen, was sich ändert und bis wann.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="423"/>
        <source>PCI DSS — 3.6 Key management and 8.3 Authentication factors</source>
        <translation>PCI DSS — 3.6 Schlüsselverwaltung und 8.3 Authentifizierungsfaktoren</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="424"/>
        <source>Cryptographic keys and authentication factors are managed by documented procedures: changed at the end of their cryptoperiod, retired or replaced when weakened, and revoked when no longer valid.</source>
        <translation>Kryptografische Schlüssel und Authentifizierungsfaktoren werden nach dokumentierten Verfahren verwaltet: am Ende ihrer Kryptoperiode gewechselt, bei Schwächung außer Betrieb genommen oder ersetzt und widerrufen, wenn sie nicht mehr gültig sind.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="426"/>
        <source>Each key has a rotation interval (its cryptoperiod); rotations record the old and new key fingerprints (never the key), the old key is revoked, and keys past their interval are listed below.</source>
        <translation>Jeder Schlüssel hat ein Rotationsintervall (seine Kryptoperiode); Rotationen erfassen die Fingerabdrücke des alten und des neuen Schlüssels (nie den Schlüssel selbst), der alte Schlüssel wird widerrufen, und Schlüssel, deren Intervall überschritten ist, sind unten aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="435"/>
        <source>Period: %1 to %2 (the end excluded). Events in the period: %3 (see `%4`).

</source>
        <translation>Zeitraum: %1 bis %2 (Ende ausgeschlossen). Ereignisse im Zeitraum: %3 (siehe `%4`).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="439"/>
        <source>Audit chain: **intact** — %1 events checked, head #%2 `%3` (see `%4`).

</source>
        <translation>Audit-Kette: **intakt** — %1 Ereignisse geprüft, Kettenkopf #%2 `%3` (siehe `%4`).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="443"/>
        <source>Audit chain: **NOT INTACT** — %1 (see `%2`). The tables below come from a log that was tampered with.

</source>
        <translation>Audit-Kette: **NICHT INTAKT** — %1 (siehe `%2`). Die folgenden Tabellen stammen aus einem manipulierten Protokoll.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="452"/>
        <source># Keyturn evidence pack

</source>
        <translation># Keyturn-Nachweispaket

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="453"/>
        <source>Written %1 by %2 for the period %3 to %4 (UTC; the end excluded).

</source>
        <translation>Erstellt am %1 von %2 für den Zeitraum %3 bis %4 (UTC; Ende ausgeschlossen).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="456"/>
        <source>**Warning: the audit chain is NOT intact: %1**

</source>
        <translation>**Warnung: Die Audit-Kette ist NICHT intakt: %1**

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="457"/>
        <source>## Files

</source>
        <translation>## Dateien

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="458"/>
        <source>- `%1`, `%2` — every audit event of the period (%3 events), oldest first. Each row holds the event&apos;s id, time, actor, action, target, key version, old and new key fingerprints, details, the hash of the event before it (`prev_hash`) and its own `hash`. The last line is the chain head when the pack was written (`# head,&lt;id&gt;,&lt;hash&gt;` in the CSV, `{&quot;head_id&quot;:…,&quot;head_hash&quot;:…}` in the JSON Lines). The CSV is data (RFC 4180, UTF-8): import it with every column as text; values are verbatim, including any that start with `=`, `+`, `-` or `@`.
</source>
        <translation>- `%1`, `%2` — alle Audit-Ereignisse des Zeitraums (%3 Ereignisse), älteste zuerst. Jede Zeile enthält ID, Zeitpunkt, Akteur, Aktion, Ziel, Schlüsselversion, alten und neuen Schlüssel-Fingerabdruck und Details des Ereignisses, den Hash des vorhergehenden Ereignisses (`prev_hash`) und seinen eigenen `hash`. Die letzte Zeile ist der Kettenkopf zum Zeitpunkt der Erstellung des Pakets (`# head,&lt;id&gt;,&lt;hash&gt;` in der CSV-Datei, `{&quot;head_id&quot;:…,&quot;head_hash&quot;:…}` in JSON Lines). Die CSV-Datei enthält reine Daten (RFC 4180, UTF-8): Importieren Sie sie mit allen Spalten als Text; die Werte stehen unverändert darin, auch solche, die mit `=`, `+`, `-` oder `@` beginnen.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="467"/>
        <source>- `summary-%1.md` — %2: what rotated and when, approvals, notices sent, revocations and overdue keys, as this control asks.
</source>
        <translation>- `summary-%1.md` — %2: was wann rotiert wurde, Freigaben, gesendete Mitteilungen, Widerrufe und überfällige Schlüssel, wie es diese Kontrolle verlangt.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="470"/>
        <source>- `%1` — the verification of the whole audit chain run for this pack: whether it is intact, how many events were checked, the head id and hash, and the first bad event if any.
</source>
        <translation>- `%1` — die für dieses Paket durchgeführte Verifizierung der gesamten Audit-Kette: ob sie intakt ist, wie viele Ereignisse geprüft wurden, ID und Hash des Kettenkopfs und gegebenenfalls das erste fehlerhafte Ereignis.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="473"/>
        <source>- `%1` — SHA-256 of every other file.

</source>
        <translation>- `%1` — SHA-256 jeder anderen Datei.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="474"/>
        <source>## How to check this pack

</source>
        <translation>## So prüfen Sie dieses Paket

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="475"/>
        <source>1. `sha256sum -c %1` in this folder: every file is as written.
</source>
        <translation>1. `sha256sum -c %1` in diesem Ordner: Jede Datei ist unverändert.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="476"/>
        <source>2. `keyturnctl audit check-export %1`: recomputes each event&apos;s hash from its fields and checks that consecutive events link (each `prev_hash` is the `hash` of the event before).
</source>
        <translation>2. `keyturnctl audit check-export %1`: Berechnet den Hash jedes Ereignisses aus seinen Feldern neu und prüft, ob aufeinanderfolgende Ereignisse verkettet sind (jeder `prev_hash` ist der `hash` des vorhergehenden Ereignisses).
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="479"/>
        <source>3. Each event&apos;s hash is SHA-256 over its `prev_hash` (64 hex digits) followed by its canonical JSON: an object of the fields action, actor, at, details, id, key_version, new_fingerprint, old_fingerprint, target_id, target_type, keys in that (byte) order, no white space, strings with only `&quot;`, `\` and control characters escaped (`\n`, `\r`, `\t`, else `\u00XX`), times as ISO 8601 UTC with milliseconds, key_version a number or null, details the stored JSON text verbatim. Anyone can recompute it without Keyturn.
</source>
        <translation>3. Der Hash jedes Ereignisses ist SHA-256 über seinen `prev_hash` (64 Hexadezimalziffern), gefolgt von seinem kanonischen JSON: ein Objekt mit den Feldern action, actor, at, details, id, key_version, new_fingerprint, old_fingerprint, target_id, target_type, die Feldnamen in dieser (Byte-)Reihenfolge, ohne Leerraum, Zeichenketten, in denen nur `&quot;`, `\` und Steuerzeichen maskiert sind (`\n`, `\r`, `\t`, sonst `\u00XX`), Zeitangaben als ISO 8601 UTC mit Millisekunden, key_version als Zahl oder null, details als unveränderter gespeicherter JSON-Text. Jeder kann ihn ohne Keyturn nachrechnen.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="485"/>
        <source>4. The head hash in `%1` (and at the end of the exports) identifies the whole log up to that event: compare it with the head hash of an earlier or later pack, or with `keyturnctl audit verify` on the live workspace, whose chain must pass through it. A log cut short and re-headed can only be detected that way, against a head recorded outside it.
</source>
        <translation>4. Der Kopf-Hash in `%1` (und am Ende der Exporte) kennzeichnet das gesamte Protokoll bis zu diesem Ereignis: Vergleichen Sie ihn mit dem Kopf-Hash eines früheren oder späteren Pakets oder mit `keyturnctl audit verify` im laufenden Arbeitsbereich, dessen Kette durch ihn verlaufen muss. Ein gekürztes Protokoll mit neu gesetztem Kopf lässt sich nur auf diese Weise erkennen, anhand eines außerhalb des Protokolls festgehaltenen Kopfes.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="506"/>
        <source>the period needs a start before its end; nothing was written</source>
        <translation>der Zeitraum muss vor seinem Ende beginnen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="508"/>
        <source>name a folder for the evidence pack; nothing was written</source>
        <translation>geben Sie einen Ordner für das Nachweispaket an; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="511"/>
        <source>%1 exists and is not a folder; nothing was written</source>
        <translation>%1 existiert und ist kein Ordner; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="514"/>
        <source>%1 exists and is not empty; name a new or empty folder (nothing was written)</source>
        <translation>%1 existiert und ist nicht leer; geben Sie einen neuen oder leeren Ordner an (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="516"/>
        <source>cannot create the folder %1; nothing was written</source>
        <translation>der Ordner %1 kann nicht angelegt werden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="521"/>
        <source>cannot create a folder in %1; nothing was written</source>
        <translation>in %1 kann kein Ordner angelegt werden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="522"/>
        <source>the evidence pack was cancelled; nothing was written</source>
        <translation>das Nachweispaket wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="544"/>
        <source>cannot record the verification: %1; nothing was written</source>
        <translation>die Verifizierung kann nicht aufgezeichnet werden: %1; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="558"/>
        <source>; no evidence pack was written</source>
        <translation>; es wurde kein Nachweispaket geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="572"/>
        <source>**The control:** %1

**How Keyturn evidences it:** %2

</source>
        <translation>**Die Kontrolle:** %1

**Wie Keyturn sie belegt:** %2

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="633"/>
        <source>cannot replace the empty folder %1; nothing was written</source>
        <translation>der leere Ordner %1 kann nicht ersetzt werden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="635"/>
        <source>cannot move the evidence pack into %1; nothing was written</source>
        <translation>das Nachweispaket kann nicht nach %1 verschoben werden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="100"/>
        <source>Roles belong to team workspaces (PostgreSQL); a workspace file is one person&apos;s.</source>
        <translation>Rollen gehören zu Team-Arbeitsbereichen (PostgreSQL); eine Arbeitsbereichsdatei gehört einer einzelnen Person.</translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="140"/>
        <source>Setting up the roles failed (%1); nothing was changed. It needs the database&apos;s owner or a superuser.</source>
        <translation>Die Einrichtung der Rollen ist fehlgeschlagen (%1); es wurde nichts geändert. Dafür sind der Eigentümer der Datenbank oder ein Superuser nötig.</translation>
    </message>
</context>
<context>
    <name>keyturn::AlertCenter</name>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="343"/>
        <source>alert %1 was already acknowledged by %2 at %3; nothing was changed</source>
        <translation>Warnung %1 wurde bereits von %2 am %3 bestätigt; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="360"/>
        <source>alert %1 was acknowledged by someone else meanwhile; nothing was changed</source>
        <translation>Warnung %1 wurde inzwischen von jemand anderem bestätigt; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="439"/>
        <source>there is no alert %1; nothing was changed</source>
        <translation>es gibt keine Warnung %1; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>keyturn::AlertsModel</name>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="55"/>
        <source>key #%1</source>
        <translation>Schlüssel #%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="59"/>
        <source>run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="59"/>
        <source>%1 · run #%2</source>
        <translation>%1 · Lauf #%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="66"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="74"/>
        <source>Not acknowledged yet</source>
        <translation>Noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="84"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="85"/>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="86"/>
        <source>Key / run</source>
        <translation>Schlüssel / Lauf</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="87"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="88"/>
        <source>Raised (UTC)</source>
        <translation>Ausgelöst (UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="89"/>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
</context>
<context>
    <name>keyturn::AlertsPanel</name>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="89"/>
        <location filename="../ui/AlertsPanel.cpp" line="105"/>
        <location filename="../ui/AlertsPanel.cpp" line="203"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="93"/>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="94"/>
        <source>Mark the selected alert as seen; it stays listed while its condition lasts</source>
        <translation>Die ausgewählte Warnung als gesehen markieren; sie bleibt aufgeführt, solange ihre Bedingung besteht</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="95"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="96"/>
        <source>Show the rotation run or key the selected alert concerns</source>
        <translation>Den Rotationslauf oder Schlüssel anzeigen, den die ausgewählte Warnung betrifft</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="122"/>
        <location filename="../ui/AlertsPanel.cpp" line="186"/>
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="167"/>
        <location filename="../ui/AlertsPanel.cpp" line="188"/>
        <source>The alerts could not be re-evaluated: %1</source>
        <translation>Die Warnungen konnten nicht neu ausgewertet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="179"/>
        <location filename="../ui/AlertsPanel.cpp" line="180"/>
        <source>Checking the monitoring rules…</source>
        <translation>Überwachungsregeln werden geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="204"/>
        <source>Alerts (%1 open, %2 new)</source>
        <translation>Warnungen (%1 offen, %2 neu)</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="217"/>
        <source>Acknowledge alert</source>
        <translation>Warnung bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="220"/>
        <source>%1

Note (optional, kept in the audit log):</source>
        <translation>%1

Notiz (optional, wird im Audit-Protokoll gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="221"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>keyturn::ApprovalQueueView</name>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="80"/>
        <source>drafted</source>
        <translation>entworfen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="81"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="82"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="83"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="84"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="85"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="86"/>
        <source>approved again for delivery</source>
        <translation>erneut zur Zustellung freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="87"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="88"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="89"/>
        <source>rescheduled</source>
        <translation>neu geplant</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="122"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="148"/>
        <source>Show notices</source>
        <translation>Mitteilungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="149"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="150"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="151"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="152"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="153"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="154"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="155"/>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="159"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="161"/>
        <source>Refresh the approval queue</source>
        <translation>Freigabewarteschlange aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="162"/>
        <source>Read the notices again (another engineer may have approved or edited some).</source>
        <translation>Die Mitteilungen neu einlesen (ein anderer Ingenieur hat vielleicht einige freigegeben oder bearbeitet).</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="167"/>
        <source>Notices</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="207"/>
        <source>Approval queue is empty</source>
        <translation>Freigabewarteschlange ist leer</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="224"/>
        <source>Notice</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="229"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="230"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="231"/>
        <source>Send at</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="232"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="233"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="234"/>
        <source>Drafted and approved by</source>
        <translation>Entworfen und freigegeben von</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="235"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="241"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="242"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="243"/>
        <source>Send at:</source>
        <translation>Sendezeit:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="244"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="245"/>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="246"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="256"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="256"/>
        <source>Approve the notice</source>
        <translation>Mitteilung freigeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="257"/>
        <location filename="../ui/ApprovalQueueView.cpp" line="583"/>
        <source>Approve selected</source>
        <translation>Auswahl freigeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="258"/>
        <source>Approve every selected notice</source>
        <translation>Alle ausgewählten Mitteilungen freigeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="259"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="259"/>
        <source>Reject the notice with a reason</source>
        <translation>Mitteilung mit Begründung ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="260"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="260"/>
        <source>Edit the notice</source>
        <translation>Mitteilung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="282"/>
        <source>HTML preview</source>
        <translation>HTML-Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="289"/>
        <source>Plain-text preview</source>
        <translation>Klartext-Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="295"/>
        <source>History of the notice</source>
        <translation>Verlauf der Mitteilung</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="300"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="301"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="302"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="303"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="332"/>
        <source>Approval queue message</source>
        <translation>Meldung der Freigabewarteschlange</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="359"/>
        <source>Could not load the notices: %1</source>
        <translation>Die Mitteilungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="466"/>
        <source>1 notice</source>
        <translation>1 Mitteilung</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="466"/>
        <source>%1 notices</source>
        <translation>%1 Mitteilungen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="472"/>
        <source>No notices</source>
        <translation>Keine Mitteilungen</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="475"/>
        <source>Nothing to approve</source>
        <translation>Nichts freizugeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="476"/>
        <source>No notices wait for approval. Campaigns draft them; nothing reaches a consumer before an engineer approves it.</source>
        <translation>Keine Mitteilungen warten auf Freigabe. Kampagnen erstellen sie als Entwürfe; nichts erreicht einen Konsumenten, bevor ein Ingenieur es freigibt.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="479"/>
        <source>No approved notices wait to be sent.</source>
        <translation>Keine freigegebenen Mitteilungen warten auf den Versand.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="481"/>
        <source>No drafts. A rejected notice comes back here until someone edits it and submits it again.</source>
        <translation>Keine Entwürfe. Eine abgelehnte Mitteilung kommt hierher zurück, bis jemand sie bearbeitet und erneut einreicht.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="483"/>
        <source>No notice has been sent yet.</source>
        <translation>Es wurde noch keine Mitteilung gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="485"/>
        <source>No notice failed to send.</source>
        <translation>Bei keiner Mitteilung ist das Senden fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="487"/>
        <source>No notices yet. Campaigns draft them; nothing reaches a consumer before an engineer approves it.</source>
        <translation>Noch keine Mitteilungen. Kampagnen erstellen sie als Entwürfe; nichts erreicht einen Konsumenten, bevor ein Ingenieur es freigibt.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="501"/>
        <source>No notice selected</source>
        <translation>Keine Mitteilung ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="510"/>
        <source>Notice #%1 · %2 · urgent</source>
        <translation>Mitteilung #%1 · %2 · dringend</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="511"/>
        <source>Notice #%1 · %2</source>
        <translation>Mitteilung #%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="512"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="514"/>
        <source>as soon as it is approved</source>
        <translation>sobald sie freigegeben ist</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="516"/>
        <source>%1 (sent %2)</source>
        <translation>%1 (gesendet am %2)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="518"/>
        <source>%1 (deadline %2)</source>
        <translation>%1 (Frist %2)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="522"/>
        <source>%1 (key %2)</source>
        <translation>%1 (Schlüssel %2)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="523"/>
        <source>drafted by %1</source>
        <translation>entworfen von %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="525"/>
        <source>, last edited by %1</source>
        <translation>, zuletzt bearbeitet von %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="527"/>
        <source>, approved by %1</source>
        <translation>, freigegeben von %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="531"/>
        <source>Delivery failed: %1</source>
        <translation>Zustellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="533"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="542"/>
        <source>This notice cannot be rendered: %1</source>
        <translation>Diese Mitteilung kann nicht dargestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="549"/>
        <source>Could not load the history: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="554"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="558"/>
        <source> (%1 → %2)</source>
        <translation> (%1 → %2)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="569"/>
        <source>&lt;p&gt;No history recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Verlauf aufgezeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="575"/>
        <source>Select a notice first.</source>
        <translation>Wählen Sie zuerst eine Mitteilung aus.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="579"/>
        <source>Approve this notice for sending</source>
        <translation>Diese Mitteilung zum Senden freigeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="583"/>
        <source>Approve selected (%1)</source>
        <translation>Auswahl freigeben (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="587"/>
        <source>Approve every selected notice; if one of them cannot be approved, none is</source>
        <translation>Alle ausgewählten Mitteilungen freigeben; kann eine davon nicht freigegeben werden, wird keine freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="594"/>
        <source>Send the notice back to the drafts with a reason</source>
        <translation>Die Mitteilung mit einer Begründung an die Entwürfe zurückgeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="595"/>
        <source>Only a notice waiting for approval, or approved and not yet sent, can be rejected.</source>
        <translation>Nur eine Mitteilung, die auf Freigabe wartet oder freigegeben und noch nicht gesendet ist, kann abgelehnt werden.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="601"/>
        <source>Edit the subject and body; the notice then waits for approval again</source>
        <translation>Betreff und Text bearbeiten; danach wartet die Mitteilung erneut auf Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="604"/>
        <source>A notice that was sent, is being sent or was cancelled cannot be edited.</source>
        <translation>Eine Mitteilung, die gesendet wurde, gerade gesendet wird oder abgebrochen wurde, kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="650"/>
        <source>Notice #%1 approved; it is sent at its send time.</source>
        <translation>Mitteilung #%1 freigegeben; sie wird zu ihrem Sendezeitpunkt gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="652"/>
        <source>%1 notices approved; each is sent at its send time.</source>
        <translation>%1 Mitteilungen freigegeben; jede wird zu ihrem Sendezeitpunkt gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="654"/>
        <source>Notice not approved</source>
        <translation>Mitteilung nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="654"/>
        <source>Notices not approved</source>
        <translation>Mitteilungen nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="685"/>
        <source>Notice not rejected</source>
        <translation>Mitteilung nicht abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="686"/>
        <source>Notice #%1 rejected; it is back in the drafts with your reason.</source>
        <translation>Mitteilung #%1 abgelehnt; sie liegt mit Ihrer Begründung wieder bei den Entwürfen.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="709"/>
        <source>Notice #%1 saved; it waits for approval again.</source>
        <translation>Mitteilung #%1 gespeichert; sie wartet erneut auf Freigabe.</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditExportReader</name>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="334"/>
        <source>line %1: a quoted value is not closed</source>
        <translation>Zeile %1: Ein Wert in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="350"/>
        <source>line %1: unexpected text after a quoted value</source>
        <translation>Zeile %1: Unerwarteter Text nach einem Wert in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="356"/>
        <source>line %1: a quote inside an unquoted value</source>
        <translation>Zeile %1: Ein Anführungszeichen in einem Wert ohne Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="382"/>
        <source>the file is empty: it is not an audit export</source>
        <translation>die Datei ist leer und daher kein Audit-Export</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="390"/>
        <source>line 1 is not the header of an audit export (%1)</source>
        <translation>Zeile 1 ist nicht die Kopfzeile eines Audit-Exports (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="397"/>
        <source>the export ends without its head line: it is incomplete</source>
        <translation>der Export endet ohne seine Kettenkopf-Zeile: Er ist unvollständig</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="413"/>
        <location filename="../app/core/audit/AuditExport.cpp" line="472"/>
        <source>line %1: text after the head line</source>
        <translation>Zeile %1: Text nach der Kettenkopf-Zeile</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="419"/>
        <source>line %1: the head line is not &apos;# head,&lt;id&gt;,&lt;hash&gt;&apos;</source>
        <translation>Zeile %1: Die Kettenkopf-Zeile ist nicht &apos;# head,&lt;id&gt;,&lt;hash&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="430"/>
        <source>line %1: %2 values where an event has %3</source>
        <translation>Zeile %1: %2 Werte, ein Ereignis hat aber %3</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="441"/>
        <source>line %1: the id, time (ISO 8601 UTC with milliseconds) or key version is malformed</source>
        <translation>Zeile %1: ID, Zeitpunkt (ISO 8601 UTC mit Millisekunden) oder Schlüsselversion sind fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="480"/>
        <source>line %1: not a JSON object (%2)</source>
        <translation>Zeile %1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="496"/>
        <source>line %1: the head line is not {&quot;head_id&quot;:…,&quot;head_hash&quot;:…}</source>
        <translation>Zeile %1: Die Kettenkopf-Zeile ist nicht {&quot;head_id&quot;:…,&quot;head_hash&quot;:…}</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="516"/>
        <source>line %1: not an audit event (every field of the header, with its type, is needed)</source>
        <translation>Zeile %1: kein Audit-Ereignis (jedes Feld der Kopfzeile wird mit seinem Typ benötigt)</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditFilter</name>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="459"/>
        <source>since %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="461"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="463"/>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="465"/>
        <source>actor %1</source>
        <translation>Akteur %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="467"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="469"/>
        <source>key version %1</source>
        <translation>Schlüsselversion %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="471"/>
        <source>text &quot;%1&quot;</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="472"/>
        <source>every event</source>
        <translation>alle Ereignisse</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditLog</name>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="72"/>
        <source>internal error: an audit event must be written in the transaction of its change</source>
        <translation>interner Fehler: Ein Audit-Ereignis muss in der Transaktion seiner Änderung geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="77"/>
        <source>the audit event holds a NUL character, which PostgreSQL cannot store; nothing was written</source>
        <translation>das Audit-Ereignis enthält ein NUL-Zeichen, das PostgreSQL nicht speichern kann; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="90"/>
        <source>the audit log has no head row; the workspace is damaged, nothing was written</source>
        <translation>das Audit-Protokoll hat keinen Kopfdatensatz; der Arbeitsbereich ist beschädigt, es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="136"/>
        <location filename="../app/core/audit/AuditLog.cpp" line="152"/>
        <source>The audit log&apos;s head record is missing: the log was tampered with.</source>
        <translation>Der Kopfdatensatz des Audit-Protokolls fehlt: Das Protokoll wurde manipuliert.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="169"/>
        <source>OpenSSL has no SHA-256 here; the audit log cannot be verified</source>
        <translation>OpenSSL bietet hier kein SHA-256; das Audit-Protokoll kann nicht verifiziert werden</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="199"/>
        <source>Event #%1 is missing: the chain jumps from #%2 to #%3 (events were removed).</source>
        <translation>Ereignis #%1 fehlt: Die Kette springt von #%2 zu #%3 (Ereignisse wurden entfernt).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="204"/>
        <source>Event #%1 is out of place (events were reordered).</source>
        <translation>Ereignis #%1 steht an falscher Stelle (Ereignisse wurden umsortiert).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="212"/>
        <source>SHA-256 failed while verifying event #%1</source>
        <translation>SHA-256 ist beim Verifizieren von Ereignis #%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="214"/>
        <source>Event #%1 (%2 by %3) was altered or moved: its content does not match its hash.</source>
        <translation>Ereignis #%1 (%2 von %3) wurde verändert oder verschoben: Sein Inhalt passt nicht zu seinem Hash.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="221"/>
        <source>Event #1 does not start the chain: its previous hash is not the genesis hash (events before it were removed, or it was forged).</source>
        <translation>Ereignis #1 beginnt die Kette nicht: Sein vorheriger Hash ist nicht der Genesis-Hash (Ereignisse davor wurden entfernt, oder es wurde gefälscht).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="223"/>
        <source>Event #%1 does not follow event #%2: #%2 was altered and its hash recomputed, or events were removed, inserted or reordered.</source>
        <translation>Ereignis #%1 schließt nicht an Ereignis #%2 an: #%2 wurde verändert und sein Hash neu berechnet, oder Ereignisse wurden entfernt, eingefügt oder umsortiert.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="275"/>
        <source>Event #%1 is not part of the chain: it lies beyond the head record #%2 (it was added behind the log&apos;s back).</source>
        <translation>Ereignis #%1 gehört nicht zur Kette: Es liegt hinter dem Kopfdatensatz #%2 (es wurde am Protokoll vorbei hinzugefügt).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="288"/>
        <source>a cancelled verification concluded nothing, so it was not recorded</source>
        <translation>eine abgebrochene Verifizierung hat nichts ergeben und wurde daher nicht aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="290"/>
        <source>internal error: a verification is recorded in its own transaction</source>
        <translation>interner Fehler: Eine Verifizierung wird in einer eigenen Transaktion aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="324"/>
        <source>there is no audit event #%1</source>
        <translation>es gibt kein Audit-Ereignis #%1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="236"/>
        <source>Verification was cancelled after %1 events; nothing was concluded.</source>
        <translation>Die Verifizierung wurde nach %1 Ereignissen abgebrochen; es wurde nichts festgestellt.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="259"/>
        <source>Events #%1 to #%2 at the end of the log are missing (they were removed).</source>
        <translation>Die Ereignisse #%1 bis #%2 am Ende des Protokolls fehlen (sie wurden entfernt).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="264"/>
        <source>The audit log&apos;s head record does not match event #%1: the log was tampered with.</source>
        <translation>Der Kopfdatensatz des Audit-Protokolls passt nicht zu Ereignis #%1: Das Protokoll wurde manipuliert.</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditModel</name>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="189"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="190"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="191"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="192"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="193"/>
        <source>Key version</source>
        <translation>Schlüsselversion</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="194"/>
        <source>Old fingerprint</source>
        <translation>Alter Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="195"/>
        <source>New fingerprint</source>
        <translation>Neuer Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="196"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditQuery</name>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="546"/>
        <source>event #%1 is not in the filtered history (%2)</source>
        <translation>Ereignis #%1 ist nicht im gefilterten Verlauf (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="642"/>
        <source>there is no audit event #%1</source>
        <translation>es gibt kein Audit-Ereignis #%1</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditRows</name>
    <message>
        <location filename="../app/core/audit/AuditRows.cpp" line="39"/>
        <location filename="../app/core/audit/AuditRows.cpp" line="56"/>
        <location filename="../app/core/audit/AuditRows.cpp" line="70"/>
        <location filename="../app/core/audit/AuditRows.cpp" line="86"/>
        <source>cannot read the audit log: %1</source>
        <translation>das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditView</name>
    <message>
        <location filename="../ui/AuditView.cpp" line="116"/>
        <source>Audit history</source>
        <translation>Audit-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="151"/>
        <location filename="../ui/AuditView.cpp" line="340"/>
        <source>Key version</source>
        <translation>Schlüsselversion</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="173"/>
        <source>Search further</source>
        <translation>Weiter suchen</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="175"/>
        <source>Look at the next stretch of older events for the free text.</source>
        <translation>Den nächsten Abschnitt älterer Ereignisse nach dem Freitext durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="177"/>
        <source>Newer events…</source>
        <translation>Neuere Ereignisse…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="179"/>
        <source>Read the newer events above the ones shown.</source>
        <translation>Die neueren Ereignisse oberhalb der angezeigten laden.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="181"/>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="183"/>
        <source>Read the history again from the newest event.</source>
        <translation>Den Verlauf ab dem neuesten Ereignis neu einlesen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="185"/>
        <source>V&amp;erify chain…</source>
        <translation>Kette p&amp;rüfen…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="188"/>
        <source>Check every event&apos;s hash and link, name the first altered, removed or reordered event, and record the result in the log.</source>
        <translation>Hash und Verkettung jedes Ereignisses prüfen, das erste veränderte, entfernte oder umsortierte Ereignis benennen und das Ergebnis im Protokoll festhalten.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="191"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="194"/>
        <source>Write the events the current filter shows as CSV or JSON Lines, ending with the chain&apos;s head hash.</source>
        <translation>Die vom aktuellen Filter angezeigten Ereignisse als CSV oder JSON Lines schreiben, abschließend mit dem Kopf-Hash der Kette.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="211"/>
        <source>Evidence &amp;pack…</source>
        <translation>Nachweis&amp;paket…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="213"/>
        <source>Write a folder for auditors: the period&apos;s events, a summary per control (SOC 2, ISO 27001, PCI-DSS), the verification result and a SHA-256 manifest.</source>
        <translation>Einen Ordner für Auditoren schreiben: die Ereignisse des Zeitraums, eine Zusammenfassung je Kontrolle (SOC 2, ISO 27001, PCI-DSS), das Verifizierungsergebnis und ein SHA-256-Manifest.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="259"/>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="303"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="305"/>
        <source>Only events on or after this day (UTC); unticked: from the first event.</source>
        <translation>Nur Ereignisse an oder nach diesem Tag (UTC); nicht angehakt: ab dem ersten Ereignis.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="306"/>
        <source>First day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="307"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="309"/>
        <source>Only events on or before this day (UTC); unticked: up to the newest event.</source>
        <translation>Nur Ereignisse an oder vor diesem Tag (UTC); nicht angehakt: bis zum neuesten Ereignis.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="310"/>
        <source>Last day (UTC)</source>
        <translation>Letzter Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="314"/>
        <source>Action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="317"/>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="319"/>
        <source>An action (notice.approved), a family (rotation.*), or several separated by commas.</source>
        <translation>Eine Aktion (notice.approved), eine Familie (rotation.*) oder mehrere, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="326"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="329"/>
        <location filename="../ui/AuditView.cpp" line="546"/>
        <source>Any actor</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="333"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="334"/>
        <source>Key name or id</source>
        <translation>Schlüsselname oder -ID</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="336"/>
        <source>A key&apos;s own events and those of its versions, runs, notices, campaigns and alerts.</source>
        <translation>Die eigenen Ereignisse eines Schlüssels und die seiner Versionen, Läufe, Mitteilungen, Kampagnen und Warnungen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="342"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="344"/>
        <source>Only events about this key version.</source>
        <translation>Nur Ereignisse zu dieser Schlüsselversion.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="348"/>
        <location filename="../ui/AuditView.cpp" line="351"/>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="349"/>
        <source>Search actor, action, target, fingerprints and details…</source>
        <translation>Akteur, Aktion, Ziel, Fingerabdrücke und Details durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="352"/>
        <source>Free text to look for in the events&apos; actor, action, target, fingerprints and details.</source>
        <translation>Freitext, der in Akteur, Aktion, Ziel, Fingerabdrücken und Details der Ereignisse gesucht wird.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="354"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="363"/>
        <location filename="../ui/AuditView.cpp" line="410"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="365"/>
        <location filename="../ui/AuditView.cpp" line="409"/>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="368"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="370"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="408"/>
        <source>Time (UTC):</source>
        <translation>Zeit (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="411"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="412"/>
        <source>Key version:</source>
        <translation>Schlüsselversion:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="413"/>
        <source>Old fingerprint:</source>
        <translation>Alter Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="414"/>
        <source>New fingerprint:</source>
        <translation>Neuer Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="415"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="423"/>
        <location filename="../ui/AuditView.cpp" line="718"/>
        <location filename="../ui/AuditView.cpp" line="746"/>
        <source>Go to…</source>
        <translation>Gehe zu…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="433"/>
        <source>Canonical JSON of the event</source>
        <translation>Kanonisches JSON des Ereignisses</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="439"/>
        <source>The exact bytes that are hashed: hash = SHA-256(previous hash ‖ this JSON).</source>
        <translation>Genau die Bytes, die gehasht werden: Hash = SHA-256(vorheriger Hash ‖ dieses JSON).</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="446"/>
        <location filename="../ui/AuditView.cpp" line="716"/>
        <location filename="../ui/AuditView.cpp" line="738"/>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="447"/>
        <location filename="../ui/AuditView.cpp" line="717"/>
        <location filename="../ui/AuditView.cpp" line="739"/>
        <source>Previous hash:</source>
        <translation>Vorheriger Hash:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="450"/>
        <source>Canonical JSON (the hashed bytes):</source>
        <translation>Kanonisches JSON (die gehashten Bytes):</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="558"/>
        <source>Could not read the filter choices: %1</source>
        <translation>Die Filteroptionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="577"/>
        <source>%1 — no events are shown.</source>
        <translation>%1 — es werden keine Ereignisse angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="580"/>
        <source>The period ends before it starts: no event can match.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Kein Ereignis kann passen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="584"/>
        <source>at least %L1 events</source>
        <translation>mindestens %L1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="585"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="586"/>
        <source>%L1 events</source>
        <translation>%L1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="645"/>
        <source>Event %1 cannot be shown: %2</source>
        <translation>Ereignis %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="664"/>
        <source>The history is read when the view is shown.</source>
        <translation>Der Verlauf wird gelesen, sobald die Ansicht angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="668"/>
        <source>searched back to %1 — scroll to search further</source>
        <translation>bis %1 zurück durchsucht — scrollen Sie, um weiterzusuchen</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="711"/>
        <source>Select an event to see its canonical JSON and hash.</source>
        <translation>Wählen Sie ein Ereignis aus, um sein kanonisches JSON und seinen Hash zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="712"/>
        <source>No event to show.</source>
        <translation>Kein Ereignis anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="724"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="730"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="743"/>
        <source>Go to key</source>
        <translation>Zum Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="744"/>
        <source>Go to run %1</source>
        <translation>Zum Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="745"/>
        <source>Go to notice %1</source>
        <translation>Zur Mitteilung %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="749"/>
        <source>This event is not about a key, a run or a notice.</source>
        <translation>Dieses Ereignis betrifft weder einen Schlüssel noch einen Lauf oder eine Mitteilung.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="774"/>
        <source>Wait for the running verification, export or evidence pack to finish; nothing was started.</source>
        <translation>Warten Sie, bis die laufende Verifizierung, der Export oder das Nachweispaket abgeschlossen ist; es wurde nichts gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="811"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="862"/>
        <source>Verify the audit chain</source>
        <translation>Audit-Kette verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="872"/>
        <source>Checked %L1 of %L2 events…</source>
        <translation>%L1 von %L2 Ereignissen geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="873"/>
        <source>Reading the audit chain…</source>
        <translation>Audit-Kette wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="878"/>
        <source>the verification stopped unexpectedly</source>
        <translation>die Verifizierung wurde unerwartet beendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="882"/>
        <source>Could not verify the chain: %1</source>
        <translation>Die Kette konnte nicht verifiziert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="889"/>
        <source>Verification cancelled after %L1 events: nothing was concluded or recorded.</source>
        <translation>Verifizierung nach %L1 Ereignissen abgebrochen: Es wurde nichts festgestellt oder aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="910"/>
        <source>✔ Chain intact: %L1 events checked; head is event %2 with hash %3.</source>
        <translation>✔ Kette intakt: %L1 Ereignisse geprüft; Kettenkopf ist Ereignis %2 mit Hash %3.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="917"/>
        <source>✘ Chain broken at event %1: %2</source>
        <translation>✘ Kette bei Ereignis %1 unterbrochen: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="922"/>
        <source>Recorded as event %1.</source>
        <translation>Als Ereignis %1 aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="924"/>
        <source>The result could not be recorded: %1</source>
        <translation>Das Ergebnis konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="928"/>
        <source>Show event %1</source>
        <translation>Ereignis %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="934"/>
        <source>Name a file to export to; nothing was written.</source>
        <translation>Geben Sie eine Datei für den Export an; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="946"/>
        <location filename="../ui/AuditView.cpp" line="1069"/>
        <source>Export the audit history</source>
        <translation>Audit-Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="955"/>
        <source>Wrote %L1 of %L2 events…</source>
        <translation>%L1 von %L2 Ereignissen geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="956"/>
        <source>Wrote %L1 events…</source>
        <translation>%L1 Ereignisse geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="961"/>
        <source>the export stopped unexpectedly; %1 was left as it was</source>
        <translation>der Export wurde unerwartet beendet; %1 blieb unverändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="965"/>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="968"/>
        <location filename="../ui/AuditView.cpp" line="981"/>
        <location filename="../ui/AuditView.cpp" line="1088"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="974"/>
        <source>Exported %L1 events to %2. The file ends with the chain head: event %3, hash %4.</source>
        <translation>%L1 Ereignisse nach %2 exportiert. Die Datei endet mit dem Kettenkopf: Ereignis %3, Hash %4.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="998"/>
        <source>Write an evidence pack</source>
        <translation>Nachweispaket schreiben</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1013"/>
        <source>Verifying the chain: %L1 of %L2 events…</source>
        <translation>Kette wird verifiziert: %L1 von %L2 Ereignissen…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1016"/>
        <source>Verifying the chain…</source>
        <translation>Kette wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1017"/>
        <source>Exporting the period: %L1 events…</source>
        <translation>Zeitraum wird exportiert: %L1 Ereignisse…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1018"/>
        <source>Writing the control summaries…</source>
        <translation>Zusammenfassungen je Kontrolle werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1019"/>
        <source>Writing the SHA-256 manifest…</source>
        <translation>SHA-256-Manifest wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1020"/>
        <source>Preparing the evidence pack…</source>
        <translation>Nachweispaket wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1026"/>
        <source>it stopped unexpectedly; nothing was written</source>
        <translation>der Vorgang wurde unerwartet beendet; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1031"/>
        <source>No evidence pack was written: %1</source>
        <translation>Es wurde kein Nachweispaket geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1034"/>
        <location filename="../ui/AuditView.cpp" line="1056"/>
        <location filename="../ui/AuditView.cpp" line="1119"/>
        <source>Evidence pack</source>
        <translation>Nachweispaket</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1040"/>
        <source>Evidence pack written to %1: %L2 files covering %L3 events; keys overdue at the end of the period: %L4.</source>
        <translation>Nachweispaket nach %1 geschrieben: %L2 Dateien mit %L3 Ereignissen; am Ende des Zeitraums überfällige Schlüssel: %L4.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1047"/>
        <source>The chain verified intact.</source>
        <translation>Die Kette wurde als intakt verifiziert.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1048"/>
        <source>The chain is broken at event %1.</source>
        <translation>Die Kette ist bei Ereignis %1 unterbrochen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1071"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1072"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1077"/>
        <location filename="../ui/AuditView.cpp" line="1138"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1085"/>
        <source>The whole history (%1).</source>
        <translation>Der gesamte Verlauf (%1).</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1086"/>
        <source>The events the current filter shows (%1): %2.</source>
        <translation>Die vom aktuellen Filter angezeigten Ereignisse (%1): %2.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1091"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1092"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1104"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1105"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1142"/>
        <source>The period&apos;s events (CSV and JSON Lines), a summary per control, the verification of the whole chain and a SHA-256 manifest go into a new or empty folder. Days are UTC; both are included.</source>
        <translation>Die Ereignisse des Zeitraums (CSV und JSON Lines), eine Zusammenfassung je Kontrolle, die Verifizierung der gesamten Kette und ein SHA-256-Manifest kommen in einen neuen oder leeren Ordner. Tage in UTC; beide Tage sind eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1148"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1151"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1152"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1153"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1156"/>
        <source>An empty folder for the pack</source>
        <translation>Ein leerer Ordner für das Paket</translation>
    </message>
</context>
<context>
    <name>keyturn::BlackoutWindow</name>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="64"/>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="67"/>
        <source>every %1 %2–%3 UTC</source>
        <translation>jeden %1 %2–%3 UTC</translation>
    </message>
</context>
<context>
    <name>keyturn::CalendarModel</name>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="102"/>
        <source>collision</source>
        <translation>Kollision</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="103"/>
        <source>blackout</source>
        <translation>Sperrzeitraum</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="104"/>
        <source>no overlap possible</source>
        <translation>keine Überlappung möglich</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="105"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="194"/>
        <source>Week %1 · %2</source>
        <translation>KW %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="197"/>
        <source>d MMM yyyy</source>
        <extracomment>the date format of the week&apos;s Monday (QDate format: d day, MMM month&apos;s short name, yyyy year)</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="220"/>
        <source>Due %1 UTC; starts %2 UTC</source>
        <translation>Fällig %1 UTC; beginnt %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="222"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="226"/>
        <source>Nothing to look at</source>
        <translation>Nichts zu beachten</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="238"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="239"/>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="240"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="241"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="242"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="243"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="244"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="245"/>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="152"/>
        <source>Due since %1 UTC: the next run-due starts it</source>
        <translation>Fällig seit %1 UTC: Der nächste Aufruf von run-due startet sie</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="154"/>
        <source>Planned inside the blackout window %1: the scheduler starts it at %2 UTC</source>
        <translation>Geplant im Sperrzeitraum %1: Der Scheduler startet sie am %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="157"/>
        <source>%1 cannot hold two keys at once: rotating %2 means an outage window, so run-due leaves it to an operator</source>
        <translation>%1 kann nicht zwei Schlüssel gleichzeitig halten: Das Rotieren von %2 bedeutet eine Ausfallzeit, daher überlässt run-due es einem Operator</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="138"/>
        <source>rotate on %1</source>
        <translation>werden am %1 rotiert</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="139"/>
        <source>rotate within 24 h (%1 and %2 UTC)</source>
        <translation>werden innerhalb von 24 h rotiert (%1 und %2 UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="140"/>
        <source>%1 and %2 both serve %3 and %4</source>
        <translation>%1 und %2 bedienen beide %3 und %4</translation>
    </message>
</context>
<context>
    <name>keyturn::CalendarView</name>
    <message>
        <location filename="../ui/CalendarView.cpp" line="101"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="105"/>
        <source>Filter by key, provider, environment or service</source>
        <translation>Nach Schlüssel, Anbieter, Umgebung oder Dienst filtern</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="107"/>
        <source>Filter planned rotations</source>
        <translation>Geplante Rotationen filtern</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="108"/>
        <source>Filter the planned rotations</source>
        <translation>Die geplanten Rotationen filtern</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="109"/>
        <source>Show the planned rotations whose key, provider, environment or service contains this text.</source>
        <translation>Zeigt die geplanten Rotationen, deren Schlüssel, Anbieter, Umgebung oder Dienst diesen Text enthält.</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="111"/>
        <source>Only flagged</source>
        <translation>Nur mit Hinweisen</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="112"/>
        <source>Show only rotations that collide, fall in a blackout window, are overdue, or whose provider cannot hold two keys</source>
        <translation>Nur Rotationen anzeigen, die kollidieren, in einen Sperrzeitraum fallen, überfällig sind oder deren Anbieter keine zwei Schlüssel halten kann</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="118"/>
        <source>Planned rotations</source>
        <translation>Geplante Rotationen</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="190"/>
        <location filename="../ui/CalendarView.cpp" line="198"/>
        <source>Blackout windows</source>
        <translation>Sperrzeiträume</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="192"/>
        <source>No scheduled rotation starts inside these windows (UTC); run-due starts it when the window ends.</source>
        <translation>In diesen Zeiträumen (UTC) startet keine geplante Rotation; run-due startet sie, wenn der Zeitraum endet.</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="207"/>
        <source>From – to (dates)</source>
        <translation>Von – bis (Datum)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="208"/>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="220"/>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="221"/>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="232"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="233"/>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="234"/>
        <source>To, inclusive (UTC)</source>
        <translation>Bis einschließlich (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="239"/>
        <source>Reason, such as holiday freeze</source>
        <translation>Grund, z. B. Feiertagssperre</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="240"/>
        <source>Add window</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="246"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="248"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="294"/>
        <source>None: scheduled rotations may start at any time</source>
        <translation>Keine: Geplante Rotationen dürfen jederzeit starten</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="315"/>
        <source>The window was not added: %1</source>
        <translation>Der Zeitraum wurde nicht hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="357"/>
        <source>%n planned rotations in the next %1 weeks</source>
        <translation>
            <numerusform>%n geplante Rotation in den nächsten %1 Wochen</numerusform>
            <numerusform>%n geplante Rotationen in den nächsten %1 Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="359"/>
        <source> · %n flagged (%1)</source>
        <translation>
            <numerusform> · %n mit Hinweis (%1)</numerusform>
            <numerusform> · %n mit Hinweisen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="361"/>
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n angezeigt</numerusform>
            <numerusform> · %n angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyturn::CampaignNotices</name>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="76"/>
        <source>the notice settings could not be read</source>
        <translation>die Mitteilungseinstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="106"/>
        <source>%1 must be an http(s) URL, not &apos;%2&apos;; the notice settings were left as they were</source>
        <translation>%1 muss eine http(s)-URL sein, nicht „%2“; die Mitteilungseinstellungen blieben unverändert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="110"/>
        <source>the contact must be an e-mail address, not &apos;%1&apos;; the notice settings were left as they were</source>
        <translation>der Kontakt muss eine E-Mail-Adresse sein, nicht „%1“; die Mitteilungseinstellungen blieben unverändert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="112"/>
        <source>the API base URL</source>
        <translation>die API-Basis-URL</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="114"/>
        <source>the dashboard URL</source>
        <translation>die Dashboard-URL</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="184"/>
        <source>the consumer already uses their new key</source>
        <translation>der Konsument verwendet bereits seinen neuen Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="184"/>
        <source>the consumer&apos;s old key was revoked</source>
        <translation>der alte Schlüssel des Konsumenten wurde widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="195"/>
        <source>the deadline moved to %1; a new notice names it</source>
        <translation>die Frist wurde auf %1 verschoben; eine neue Mitteilung nennt sie</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="290"/>
        <source>the %1 notice to %2 about %3 could not be drafted: %4</source>
        <translation>die Mitteilung (%1) an %2 zu %3 konnte nicht entworfen werden: %4</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="296"/>
        <source>the key belongs to no known consumer; sync first</source>
        <translation>der Schlüssel gehört zu keinem bekannten Konsumenten; zuerst synchronisieren</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="346"/>
        <source>template %1 v%2: %3</source>
        <translation>Vorlage %1 v%2: %3</translation>
    </message>
</context>
<context>
    <name>keyturn::ChooseKeyPage</name>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="30"/>
        <source>Choose the key to rotate</source>
        <translation>Zu rotierenden Schlüssel wählen</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="31"/>
        <source>Held keys only: keys Keyturn issues to API consumers rotate as campaigns.</source>
        <translation>Nur verwaltete Schlüssel: Schlüssel, die Keyturn an API-Konsumenten ausgibt, werden in Kampagnen rotiert.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="33"/>
        <source>Choose the key to revoke</source>
        <translation>Zu widerrufenden Schlüssel wählen</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="34"/>
        <source>A new key replaces it in the vault and the old key is revoked at once, without a grace period.</source>
        <translation>Ein neuer Schlüssel ersetzt ihn im Vault, und der alte Schlüssel wird sofort widerrufen, ohne Übergangsfrist.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <location filename="../ui/ChooseKeyPage.cpp" line="81"/>
        <source>Grace period</source>
        <translation>Übergangsfrist</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <source>Latest run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="46"/>
        <source>Filter by name, provider or environment…</source>
        <translation>Nach Name, Anbieter oder Umgebung filtern…</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="48"/>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="52"/>
        <source>Held keys</source>
        <translation>Verwaltete Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="87"/>
        <source>&amp;Grace period:</source>
        <translation>Übergangs&amp;frist:</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="127"/>
        <source>Could not read the inventory: %1</source>
        <translation>Das Inventar konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="142"/>
        <source>Vault path %1; used by %2</source>
        <translation>Vault-Pfad %1; verwendet von %2</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="149"/>
        <source>There are no held keys in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine verwalteten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="151"/>
        <source>The key chosen before is not a held key that can be rotated; choose one here.</source>
        <translation>Der zuvor gewählte Schlüssel ist kein verwalteter Schlüssel, der rotiert werden kann; wählen Sie hier einen aus.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="219"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="220"/>
        <source>the key&apos;s own: %1</source>
        <translation>Standard des Schlüssels: %1</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="220"/>
        <source>the key&apos;s own</source>
        <translation>Standard des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="223"/>
        <source>Empty: the key&apos;s own grace period. Otherwise a duration such as 30s, 15m, 2h, 7d or 1h30m. The old key stays valid this long after the new one is in the vault.</source>
        <translation>Leer: die Übergangsfrist des Schlüssels. Sonst eine Dauer wie 30s, 15m, 2h, 7d oder 1h30m. So lange bleibt der alte Schlüssel gültig, nachdem der neue im Vault ist.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="227"/>
        <source>Both keys stay valid for %1 after the new key is in the vault.</source>
        <translation>Beide Schlüssel bleiben %1 lang gültig, nachdem der neue Schlüssel im Vault ist.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="229"/>
        <source>“%1” is not a duration: use a whole number with s, m, h, d or w, such as 30s, 15m, 2h, 7d or 1h30m.</source>
        <translation>„%1“ ist keine Dauer: Verwenden Sie eine ganze Zahl mit s, m, h, d oder w, z. B. 30s, 15m, 2h, 7d oder 1h30m.</translation>
    </message>
</context>
<context>
    <name>keyturn::ConfirmRotationPage</name>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="16"/>
        <source>Start the rotation</source>
        <translation>Rotation starten</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="17"/>
        <source>Once started, the run goes on by itself until it completes or needs you; it can be rolled back while the old key is still valid.</source>
        <translation>Nach dem Start setzt sich der Lauf selbstständig fort, bis er abgeschlossen ist oder Sie gebraucht werden; solange der alte Schlüssel noch gültig ist, kann er zurückgerollt werden.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="20"/>
        <source>&amp;Start rotation</source>
        <translation>Rotation &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="42"/>
        <source>No plan was made.</source>
        <translation>Es wurde kein Plan erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="46"/>
        <source>no time</source>
        <translation>null Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="49"/>
        <source>Rotate %1 now:</source>
        <translation>%1 jetzt rotieren:</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="50"/>
        <source>1. Create a new key at the provider, named after the run.</source>
        <translation>1. Beim Anbieter einen neuen Schlüssel erstellen, benannt nach dem Lauf.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="51"/>
        <source>2. Write it to the vault at %1; %2 pick it up from there.</source>
        <translation>2. Ihn im Vault unter %1 ablegen; %2 übernehmen ihn von dort.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="53"/>
        <source>the services</source>
        <translation>die Dienste</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="54"/>
        <source>3. Keep the old key (%1) valid for the grace period of %2.</source>
        <translation>3. Den alten Schlüssel (%1) für die Übergangsfrist von %2 gültig lassen.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="56"/>
        <source>4. Revoke the old key once the new key is seen in use and the old key has been quiet for %1.</source>
        <translation>4. Den alten Schlüssel widerrufen, sobald der neue Schlüssel in Verwendung ist und der alte %1 lang keine Aufrufe mehr erhalten hat.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="59"/>
        <source>You accepted that this provider holds one key at a time.</source>
        <translation>Sie haben akzeptiert, dass dieser Anbieter nur einen Schlüssel gleichzeitig hält.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="60"/>
        <source>Every step is recorded in the audit log as %1.</source>
        <translation>Jeder Schritt wird im Audit-Protokoll mit dem Akteur %1 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="70"/>
        <source>The services are not connected: nothing was started.</source>
        <translation>Die Dienste sind nicht verbunden: Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="75"/>
        <source>The rotation did not start: %1</source>
        <translation>Die Rotation wurde nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::ConnectTeamDialog</name>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="56"/>
        <source>no Secret Service keychain is running</source>
        <translation>es läuft kein Secret-Service-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="58"/>
        <source>access to it was denied</source>
        <translation>der Zugriff darauf wurde verweigert</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="87"/>
        <source>Connect to Team Workspace</source>
        <translation>Mit Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="89"/>
        <source>A team workspace lives on a PostgreSQL server your team shares. There you act as your database user, with what its roles allow.</source>
        <translation>Ein Team-Arbeitsbereich liegt auf einem PostgreSQL-Server, den Ihr Team gemeinsam nutzt. Dort handeln Sie als Ihr Datenbankbenutzer, mit den Rechten seiner Rollen.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="102"/>
        <source>Team workspace address</source>
        <translation>Adresse des Team-Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="104"/>
        <source>postgresql://user@host:port/database, optionally with ?sslmode=require; never a password</source>
        <translation>postgresql://benutzer@host:port/datenbank, optional mit ?sslmode=require; niemals ein Passwort</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="105"/>
        <source>Write the password in the field below, never in the address.</source>
        <translation>Geben Sie das Passwort im Feld unten ein, niemals in der Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="106"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="112"/>
        <location filename="../ui/ConnectTeamDialog.cpp" line="114"/>
        <source>Optional: leave empty to use PGPASSWORD or ~/.pgpass</source>
        <translation>Optional: leer lassen, um PGPASSWORD oder ~/.pgpass zu verwenden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="113"/>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="115"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="118"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>Passwort im Systemschlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="120"/>
        <source>Keep the password in the system keychain</source>
        <translation>Passwort im Systemschlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="121"/>
        <source>Later Keyturn windows then find it there. Without it, the password lasts for this session only.</source>
        <translation>Spätere Keyturn-Fenster finden es dann dort. Andernfalls gilt das Passwort nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="126"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="134"/>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="136"/>
        <source>Connect to the team workspace</source>
        <translation>Mit dem Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="139"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="140"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="176"/>
        <source>Connect to &amp;team workspace…</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="180"/>
        <source>Open a shared PostgreSQL workspace in a new window</source>
        <translation>Einen gemeinsamen PostgreSQL-Arbeitsbereich in einem neuen Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="192"/>
        <source>Team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="216"/>
        <source>the team workspace</source>
        <translation>den Team-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="227"/>
        <source>The system keychain could not read the password of %1 (%2). Set PGPASSWORD or use ~/.pgpass instead, or unlock a Secret Service keychain.</source>
        <translation>Der Systemschlüsselbund konnte das Passwort für %1 nicht lesen (%2). Setzen Sie stattdessen PGPASSWORD oder verwenden Sie ~/.pgpass, oder entsperren Sie einen Secret-Service-Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="267"/>
        <source>Write the address of the team workspace, such as postgresql://alice@db.example.com:5432/keyturn.</source>
        <translation>Geben Sie die Adresse des Team-Arbeitsbereichs ein, z. B. postgresql://alice@db.example.com:5432/keyturn.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="274"/>
        <source>That is not the address of a team workspace. It starts with postgresql:// and names the user, the server and the database, such as postgresql://alice@db.example.com:5432/keyturn. Nothing was opened.</source>
        <translation>Das ist keine Adresse eines Team-Arbeitsbereichs. Sie beginnt mit postgresql:// und nennt Benutzer, Server und Datenbank, z. B. postgresql://alice@db.example.com:5432/keyturn. Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="282"/>
        <source>Connecting to the team workspace…</source>
        <translation>Verbindung zum Team-Arbeitsbereich wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="317"/>
        <source>The connection test stopped unexpectedly. Nothing was opened.</source>
        <translation>Der Verbindungstest wurde unerwartet abgebrochen. Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="330"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="343"/>
        <source>Connected as %1. Keeping the password in the system keychain…</source>
        <translation>Verbunden als %1. Passwort wird im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="357"/>
        <source>Connected as %1, but the system keychain could not keep the password (%2). The new window gets it for this session only; next time set PGPASSWORD or use ~/.pgpass, or unlock a Secret Service keychain.</source>
        <translation>Verbunden als %1, aber der Systemschlüsselbund konnte das Passwort nicht speichern (%2). Das neue Fenster erhält es nur für diese Sitzung; setzen Sie beim nächsten Mal PGPASSWORD oder verwenden Sie ~/.pgpass, oder entsperren Sie einen Secret-Service-Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="387"/>
        <source>The new Keyturn window could not start: %1</source>
        <translation>Das neue Keyturn-Fenster konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::ConnectionProfile</name>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="72"/>
        <source>profile name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Profilname „%1“: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="73"/>
        <source>the platform URL</source>
        <translation>die Plattform-URL</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="75"/>
        <source>the vault URL</source>
        <translation>die Vault-URL</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="79"/>
        <source>the vault mount &apos;%1&apos; is not a mount path</source>
        <translation>der Vault-Mount „%1“ ist kein Mount-Pfad</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="82"/>
        <source>mail transport must be mail-api or smtp, not &apos;%1&apos;</source>
        <translation>der Mail-Transport muss mail-api oder smtp sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="85"/>
        <source>the mail API transport needs a URL</source>
        <translation>der Mail-API-Transport braucht eine URL</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="86"/>
        <source>the mail API URL</source>
        <translation>die Mail-API-URL</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="92"/>
        <source>the SMTP URL &apos;%1&apos; is not an smtp:// or smtps:// URL</source>
        <translation>die SMTP-URL „%1“ ist keine smtp://- oder smtps://-URL</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="94"/>
        <source>the SMTP URL must hold no password; it comes from KEYTURN_SMTP_PASSWORD or the keychain</source>
        <translation>die SMTP-URL darf kein Passwort enthalten; es kommt aus KEYTURN_SMTP_PASSWORD oder dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="99"/>
        <source>the sender &apos;%1&apos; is not a mail address</source>
        <translation>der Absender „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="102"/>
        <source>the CA bundle %1 cannot be read</source>
        <translation>das CA-Bundle %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>keyturn::Connections</name>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="64"/>
        <source>no platform is configured in the connection profile</source>
        <translation>im Verbindungsprofil ist keine Plattform konfiguriert</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="71"/>
        <source>%1 has no provider admin API URL (provider_api) to create and revoke its keys</source>
        <translation>%1 hat keine Admin-API-URL des Anbieters (provider_api), um seine Schlüssel zu erstellen und zu widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="92"/>
        <source>no token for the %1 admin API: set %2</source>
        <translation>kein Token für die Admin-API von %1: Setzen Sie %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="200"/>
        <source>reachable at %1; token accepted; %2 users</source>
        <translation>erreichbar unter %1; Token akzeptiert; %2 Benutzer</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="205"/>
        <location filename="../app/core/net/Connections.cpp" line="232"/>
        <location filename="../app/core/net/Connections.cpp" line="296"/>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="219"/>
        <source>reachable, but the vault is sealed</source>
        <translation>erreichbar, aber der Vault ist versiegelt</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="219"/>
        <source>reachable, but not initialised</source>
        <translation>erreichbar, aber nicht initialisiert</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="225"/>
        <source>reachable, unsealed (%1); token valid, policies: %2</source>
        <translation>erreichbar, entsiegelt (%1); Token gültig, Richtlinien: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="252"/>
        <source>reachable, but there is no mail API token (KEYTURN_MAIL_TOKEN or the keychain)</source>
        <translation>erreichbar, aber es gibt kein Mail-API-Token (KEYTURN_MAIL_TOKEN oder Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="255"/>
        <source>reachable at %1; token accepted</source>
        <translation>erreichbar unter %1; Token akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="259"/>
        <source>reachable at %1; the token is checked on the first send</source>
        <translation>erreichbar unter %1; das Token wird beim ersten Senden geprüft</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="283"/>
        <source>SMTP server %1:%2 accepts connections; TLS and login are checked on the first send</source>
        <translation>SMTP-Server %1:%2 nimmt Verbindungen an; TLS und Anmeldung werden beim ersten Senden geprüft</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="289"/>
        <source>cannot reach the SMTP server %1:%2: %3</source>
        <translation>SMTP-Server %1:%2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="292"/>
        <source>no answer from the SMTP server %1:%2</source>
        <translation>keine Antwort vom SMTP-Server %1:%2</translation>
    </message>
</context>
<context>
    <name>keyturn::ConsumersModel</name>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="60"/>
        <source>to notify</source>
        <translation>zu benachrichtigen</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="62"/>
        <source>notified</source>
        <translation>benachrichtigt</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="64"/>
        <source>reminded</source>
        <translation>erinnert</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="66"/>
        <source>extended</source>
        <translation>verlängert</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="68"/>
        <source>migrated</source>
        <translation>migriert</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="70"/>
        <source>unmigrated</source>
        <translation>nicht migriert</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="72"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="104"/>
        <source>Never seen in use</source>
        <translation>Nie in Verwendung gesehen</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="108"/>
        <source>Open campaign</source>
        <translation>Offene Kampagne</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="108"/>
        <source>Closed campaign</source>
        <translation>Abgeschlossene Kampagne</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="115"/>
        <source>in %n d</source>
        <translation>
            <numerusform>in %n Tg.</numerusform>
            <numerusform>in %n Tg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="116"/>
        <source>passed %n d ago</source>
        <translation>
            <numerusform>vor %n Tg. abgelaufen</numerusform>
            <numerusform>vor %n Tg. abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="120"/>
        <source>Sent: %1, the last on %2. Waiting for approval or their send time: %3.</source>
        <translation>Gesendet: %1, die letzte am %2. Warten auf Freigabe oder ihren Sendezeitpunkt: %3.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="124"/>
        <source>Sent: none. Waiting for approval or their send time: %1.</source>
        <translation>Gesendet: keine. Warten auf Freigabe oder ihren Sendezeitpunkt: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="155"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="157"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="157"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tg.</numerusform>
            <numerusform>vor %n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="162"/>
        <source>%1 sent, %2 waiting</source>
        <translation>%1 gesendet, %2 wartend</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="173"/>
        <source>Consumer</source>
        <translation>Konsument</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="174"/>
        <source>Platform id</source>
        <translation>Plattform-ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="175"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="176"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="177"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="178"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="179"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="180"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="181"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="182"/>
        <source>Notices</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="201"/>
        <source>new key created, not used yet</source>
        <translation>neuer Schlüssel erstellt, noch nicht verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="202"/>
        <source>new key not used yet</source>
        <translation>neuer Schlüssel noch nicht verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="203"/>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="210"/>
        <source>Not told yet: the first notice waits for approval in the queue.</source>
        <translation>Noch nicht informiert: Die erste Mitteilung wartet in der Warteschlange auf Freigabe.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="212"/>
        <source>Not told yet: the first notice is approved and goes out at %1.</source>
        <translation>Noch nicht informiert: Die erste Mitteilung ist freigegeben und wird am %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="214"/>
        <source>Not told yet: the first notice was rejected and waits to be edited.</source>
        <translation>Noch nicht informiert: Die erste Mitteilung wurde abgelehnt und wartet auf Überarbeitung.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="216"/>
        <source>Not told yet: sending the first notice failed (%1).</source>
        <translation>Noch nicht informiert: Das Senden der ersten Mitteilung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="218"/>
        <source>Not told yet: no notice is drafted (see the notice settings and the alerts).</source>
        <translation>Noch nicht informiert: Es ist keine Mitteilung entworfen (siehe Mitteilungseinstellungen und Warnungen).</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="221"/>
        <source>Notified on %1; %2.</source>
        <translation>Benachrichtigt am %1; %2.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="232"/>
        <source>Reminded 1 day before the deadline; %1.</source>
        <translation>1 Tag vor der Frist erinnert; %1.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="233"/>
        <source>Reminded %1 days before the deadline; %2.</source>
        <translation>%1 Tage vor der Frist erinnert; %2.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="237"/>
        <source>Deadline extended to %1 (it was %2); %3.</source>
        <translation>Frist auf %1 verlängert (bisher: %2); %3.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="238"/>
        <source>earlier</source>
        <translation>ein früherer Termin</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="242"/>
        <source>Migrated: the new key is in use and the old key has gone quiet.</source>
        <translation>Migriert: Der neue Schlüssel ist in Verwendung, und der alte Schlüssel erhält keine Aufrufe mehr.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="243"/>
        <source>Migrated: the new key is in use; the old key still sees calls.</source>
        <translation>Migriert: Der neue Schlüssel ist in Verwendung; der alte Schlüssel erhält noch Aufrufe.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="247"/>
        <source>The deadline (%1) passed and the new key is not used yet: the run waits for an engineer to extend the deadline or decide.</source>
        <translation>Die Frist (%1) ist verstrichen und der neue Schlüssel wird noch nicht verwendet: Der Lauf wartet darauf, dass ein Ingenieur die Frist verlängert oder entscheidet.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="250"/>
        <source>The deadline (%1) passed and the new key is not used yet.</source>
        <translation>Die Frist (%1) ist verstrichen und der neue Schlüssel wird noch nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="254"/>
        <source>The consumer revoked their old key themselves.</source>
        <translation>Der Konsument hat seinen alten Schlüssel selbst widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="256"/>
        <source>The old key was revoked at the deadline before the consumer migrated.</source>
        <translation>Der alte Schlüssel wurde zur Frist widerrufen, bevor der Konsument migriert hat.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="257"/>
        <source>The old key was revoked after the consumer migrated.</source>
        <translation>Der alte Schlüssel wurde widerrufen, nachdem der Konsument migriert hat.</translation>
    </message>
</context>
<context>
    <name>keyturn::ConsumersView</name>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="66"/>
        <source>Filter by name, platform id, contact, integration or campaign…</source>
        <translation>Nach Name, Plattform-ID, Kontakt, Integration oder Kampagne filtern…</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="68"/>
        <source>Filter consumers</source>
        <translation>Konsumenten filtern</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="69"/>
        <source>Filter the consumers</source>
        <translation>Die Konsumenten filtern</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="70"/>
        <source>Show the consumers whose name, platform id, contact, integration or campaign contains this text.</source>
        <translation>Zeigt die Konsumenten, deren Name, Plattform-ID, Kontakt, Integration oder Kampagne diesen Text enthält.</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="75"/>
        <source>Show consumers</source>
        <translation>Konsumenten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="76"/>
        <source>All consumers</source>
        <translation>Alle Konsumenten</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="77"/>
        <source>In a campaign</source>
        <translation>In einer Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="78"/>
        <source>Not migrated</source>
        <translation>Nicht migriert</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="79"/>
        <source>Consumers in an open rotation campaign</source>
        <translation>Konsumenten in einer offenen Rotationskampagne</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="81"/>
        <source>Consumers in a campaign who do not use their new key yet (revoked ones left out)</source>
        <translation>Konsumenten in einer Kampagne, die ihren neuen Schlüssel noch nicht verwenden (ohne widerrufene)</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="87"/>
        <source>API consumers</source>
        <translation>API-Konsumenten</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="110"/>
        <source>unmigrated</source>
        <translation>nicht migriert</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="155"/>
        <source>No consumers yet: they come from the platform with Sync (keyturnctl sync, or the demo).</source>
        <translation>Noch keine Konsumenten: Diese kommen per Sync von der Plattform (keyturnctl sync oder die Demo).</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="158"/>
        <source>%1 of %2 consumers shown</source>
        <translation>%1 von %2 Konsumenten angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="160"/>
        <source> · %1 in an open campaign, %2 not migrated yet</source>
        <translation> · %1 in einer offenen Kampagne, %2 noch nicht migriert</translation>
    </message>
</context>
<context>
    <name>keyturn::CronSchedule</name>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="110"/>
        <source>a cron schedule has 5 fields (minute hour day-of-month month day-of-week); &apos;%1&apos; has %2</source>
        <translation>ein Cron-Zeitplan hat 5 Felder (Minute Stunde Tag-des-Monats Monat Wochentag); „%1“ hat %2</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="114"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="115"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="116"/>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="117"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="118"/>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
</context>
<context>
    <name>keyturn::DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="134"/>
        <source>Key health</source>
        <translation>Schlüsselzustand</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="154"/>
        <source>Show the keys that are %1 in the inventory</source>
        <translation>Schlüssel mit dem Status „%1“ im Inventar anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <source>Key age against policy</source>
        <translation>Schlüsselalter im Vergleich zur Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <location filename="../ui/DashboardView.cpp" line="468"/>
        <source>Days since last use</source>
        <translation>Tage seit letzter Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <source>Upcoming rotations per week</source>
        <translation>Anstehende Rotationen pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="175"/>
        <source>Migration burn-down</source>
        <translation>Migrations-Burn-down</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="175"/>
        <source>401 responses during running rotations</source>
        <translation>401-Antworten während laufender Rotationen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="182"/>
        <source>Scatter chart: one point per key with a current version, its age in days across, its age divided by its rotation interval up; points above the 1× line are overdue, above 1.5× critical. The inventory&apos;s Status column lists the same keys.</source>
        <translation>Streudiagramm: ein Punkt pro Schlüssel mit aktueller Version, waagerecht sein Alter in Tagen, senkrecht sein Alter geteilt durch sein Rotationsintervall; Punkte über der 1×-Linie sind überfällig, über 1,5× kritisch. Die Statusspalte des Inventars listet dieselben Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="186"/>
        <source>Stacked bar chart: keys by days since their last use, split into in use, stale, potentially stale and never used.</source>
        <translation>Gestapeltes Balkendiagramm: Schlüssel nach Tagen seit der letzten Verwendung, aufgeteilt in verwendet, ungenutzt, möglicherweise verwaist und nie verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="188"/>
        <source>Stacked bar chart: the keys due for rotation in each of the coming weeks, split into overdue, held and issued keys.</source>
        <translation>Gestapeltes Balkendiagramm: die in jeder der kommenden Wochen zur Rotation fälligen Schlüssel, aufgeteilt in überfällige, verwaltete und ausgegebene Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="190"/>
        <source>Line chart: for the open campaign, the consumers notified and migrated over time against all its consumers, with the deadline and now marked.</source>
        <translation>Liniendiagramm: für die offene Kampagne die benachrichtigten und migrierten Konsumenten im Zeitverlauf, gemessen an allen ihren Konsumenten; Frist und Jetzt sind markiert.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="192"/>
        <source>Horizontal bar chart: per running rotation, the 401 responses the provider reported for the old key and for the new key.</source>
        <translation>Horizontales Balkendiagramm: pro laufender Rotation die 401-Antworten, die der Anbieter für den alten und den neuen Schlüssel gemeldet hat.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="280"/>
        <source>%1: %2 keys</source>
        <translation>%1: %2 Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="284"/>
        <source>Reading the inventory…</source>
        <translation>Inventar wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="363"/>
        <source>Age of the current key (days)</source>
        <translation>Alter des aktuellen Schlüssels (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="366"/>
        <source>Age ÷ rotation interval</source>
        <translation>Alter ÷ Rotationsintervall</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="374"/>
        <source>1× interval: overdue</source>
        <translation>1× Intervall: überfällig</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="377"/>
        <source>1.5×: critical</source>
        <translation>1,5×: kritisch</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="439"/>
        <source>Within policy (%1)</source>
        <translation>Richtlinienkonform (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="439"/>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="439"/>
        <source>Critical (%1)</source>
        <translation>Kritisch (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="450"/>
        <source>A dot per key. Dashed lines: overdue at 1×, critical above 1.5× its interval.</source>
        <translation>Ein Punkt pro Schlüssel. Gestrichelte Linien: überfällig ab 1×, kritisch über 1,5× des Intervalls.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="452"/>
        <source>%1 keys as %2 dots (coinciding keys share one).</source>
        <translation>%1 Schlüssel als %2 Punkte (deckungsgleiche Schlüssel teilen sich einen).</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="471"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="494"/>
        <source>7 d: stale</source>
        <translation>7 Tg.: ungenutzt</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="497"/>
        <source>30 d: potentially stale</source>
        <translation>30 Tg.: möglicherweise verwaist</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="518"/>
        <source>Dashed lines: stale from 7 days unused, potentially stale from 30. A bar opens its longest unused key.</source>
        <translation>Gestrichelte Linien: ungenutzt ab 7 Tagen ohne Verwendung, möglicherweise verwaist ab 30. Ein Balken öffnet seinen am längsten ungenutzten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="535"/>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="538"/>
        <source>Keys due</source>
        <translation>Fällige Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="569"/>
        <source>Next 13 weeks by cron schedule or interval.</source>
        <translation>Nächste 13 Wochen nach Cron-Zeitplan oder Intervall.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="571"/>
        <source>%n key(s) due later.</source>
        <translation>
            <numerusform>%n Schlüssel später fällig.</numerusform>
            <numerusform>%n Schlüssel später fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="573"/>
        <source>%n being rotated now not counted.</source>
        <translation>
            <numerusform>%n gerade rotierter Schlüssel nicht gezählt.</numerusform>
            <numerusform>%n gerade rotierte Schlüssel nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="583"/>
        <source>The burn-down of a campaign needs the workspace&apos;s campaigns.</source>
        <translation>Das Burn-down einer Kampagne benötigt die Kampagnen des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="591"/>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="593"/>
        <source>Consumers</source>
        <translation>Konsumenten</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="630"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="633"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="666"/>
        <source>Consumers (%1)</source>
        <translation>Konsumenten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="673"/>
        <source>%1: %2 of %3 consumers migrated; deadline %4.</source>
        <translation>%1: %2 von %3 Konsumenten migriert; Frist %4.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="686"/>
        <source>The 401 counts of running rotations need the workspace&apos;s runs.</source>
        <translation>Die 401-Zahlen laufender Rotationen benötigen die Läufe des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="697"/>
        <source>401 responses reported by the provider</source>
        <translation>Vom Anbieter gemeldete 401-Antworten</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="726"/>
        <source>Per running run, the old and the new key&apos;s 401 counts; a bar opens the key.</source>
        <translation>Pro aktivem Lauf die 401-Zahlen des alten und des neuen Schlüssels; ein Balken öffnet den Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="727"/>
        <source>No 401s reported during the %n running rotation(s).</source>
        <translation>
            <numerusform>Keine 401-Antworten während der %n laufenden Rotation gemeldet.</numerusform>
            <numerusform>Keine 401-Antworten während der %n laufenden Rotationen gemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="730"/>
        <source>%n run(s) with fewer 401s not shown.</source>
        <translation>
            <numerusform>%n Lauf mit weniger 401-Antworten nicht angezeigt.</numerusform>
            <numerusform>%n Läufe mit weniger 401-Antworten nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="285"/>
        <source>%1 held keys and %2 issued keys across %3 providers</source>
        <translation>%1 verwaltete und %2 ausgegebene Schlüssel bei %3 Anbietern</translation>
    </message>
</context>
<context>
    <name>keyturn::Database</name>
    <message>
        <location filename="../app/core/store/Database.cpp" line="98"/>
        <source>&apos;%1&apos; is not a PostgreSQL address; write postgresql://user@host:5432/database.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse; schreiben Sie postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="102"/>
        <source>The address of the team workspace carries a password. Keyturn does not take one there: it would show in process lists, shell history and logs. Put it in PGPASSWORD or ~/.pgpass, or let the GUI keep it in the keychain. Nothing was opened.</source>
        <translation>Die Adresse des Team-Arbeitsbereichs enthält ein Passwort. Keyturn nimmt dort keines an: Es wäre in Prozesslisten, Shell-Verlauf und Protokollen sichtbar. Hinterlegen Sie es in PGPASSWORD oder ~/.pgpass, oder lassen Sie die GUI es im Schlüsselbund speichern. Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="109"/>
        <source>%1 names no database; write postgresql://user@host:5432/database.</source>
        <translation>%1 nennt keine Datenbank; schreiben Sie postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="114"/>
        <source>%1: unknown connection option &apos;%2&apos;; Keyturn passes on %3. Nothing was opened.</source>
        <translation>%1: unbekannte Verbindungsoption „%2“; Keyturn gibt nur %3 weiter. Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="117"/>
        <source>%1: the value of &apos;%2&apos; may not contain spaces, quotes or semicolons.</source>
        <translation>%1: Der Wert von „%2“ darf keine Leerzeichen, Anführungszeichen oder Semikolons enthalten.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="126"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="148"/>
        <location filename="../app/core/store/Database.cpp" line="152"/>
        <source>Cannot connect to the team workspace %1: %2</source>
        <translation>Verbindung zum Team-Arbeitsbereich %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="164"/>
        <source>No workspace given: name a workspace file.</source>
        <translation>Kein Arbeitsbereich angegeben: Nennen Sie eine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="168"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="172"/>
        <source>There is no workspace at %1; create one with &apos;keyturnctl --workspace %1 init&apos;.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich; erstellen Sie einen mit &apos;keyturnctl --workspace %1 init&apos;.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="174"/>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Der Ordner %1 für den Arbeitsbereich kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="177"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="188"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="195"/>
        <source>%1 is not a Keyturn workspace (not a readable SQLite database: %2). It was left unchanged.</source>
        <translation>%1 ist kein Keyturn-Arbeitsbereich (keine lesbare SQLite-Datenbank: %2). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="261"/>
        <source>Your database role does not allow this: %1. Ask an administrator of the team workspace for the Keyturn role it needs. Nothing was changed.</source>
        <translation>Ihre Datenbankrolle erlaubt dies nicht: %1. Bitten Sie einen Administrator des Team-Arbeitsbereichs um die benötigte Keyturn-Rolle. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="265"/>
        <location filename="../app/core/store/Database.cpp" line="290"/>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="303"/>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="312"/>
        <source>commit without a transaction</source>
        <translation>Commit ohne Transaktion</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="317"/>
        <source>an earlier step of this change failed, so none of it was saved</source>
        <translation>ein früherer Schritt dieser Änderung ist fehlgeschlagen, daher wurde nichts davon gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="321"/>
        <source>cannot save the change: %1</source>
        <translation>die Änderung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="363"/>
        <source>%1 is a SQLite database but not a Keyturn workspace (it has no schema_migrations table). It was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Keyturn-Arbeitsbereich (es fehlt die Tabelle schema_migrations). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="366"/>
        <source>The database %1 holds other tables but no Keyturn workspace (no schema_migrations table). It was left unchanged; use an empty database for Keyturn.</source>
        <translation>Die Datenbank %1 enthält andere Tabellen, aber keinen Keyturn-Arbeitsbereich (keine Tabelle schema_migrations). Sie blieb unverändert; verwenden Sie für Keyturn eine leere Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="371"/>
        <source>The database %1 holds no Keyturn workspace yet; create it with &apos;keyturnctl --database %1 init&apos;. Nothing was changed.</source>
        <translation>Die Datenbank %1 enthält noch keinen Keyturn-Arbeitsbereich; erstellen Sie ihn mit &apos;keyturnctl --database %1 init&apos;. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="385"/>
        <source>The workspace %1 was written by a newer Keyturn (schema %2; this build knows up to %3). It was left unchanged.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Keyturn-Version geschrieben (Schema %2; dieser Build kennt Schemata bis %3). Er blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="399"/>
        <source>Migrating the workspace to schema %1 failed (%2); it was left at schema %3.</source>
        <translation>Die Migration des Arbeitsbereichs auf Schema %1 ist fehlgeschlagen (%2); er blieb auf Schema %3.</translation>
    </message>
    <message>
        <location filename="../app/core/store/RowReader.cpp" line="80"/>
        <location filename="../app/core/store/RowReader.cpp" line="100"/>
        <source>The workspace database failed: %1</source>
        <translation>Fehler in der Datenbank des Arbeitsbereichs: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::DemoWorld</name>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="89"/>
        <source>Production keys, %1</source>
        <translation>Produktionsschlüssel, %1</translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="152"/>
        <source>the demo found no synced production key in use to open a campaign on</source>
        <translation>die Demo fand keinen synchronisierten, verwendeten Produktionsschlüssel, für den eine Kampagne eröffnet werden kann</translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="254"/>
        <source>Cannot replace the demo workspace at %1: %2</source>
        <translation>Der Demo-Arbeitsbereich unter %1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="609"/>
        <source>Building the demo workspace failed: %1</source>
        <translation>Das Erstellen des Demo-Arbeitsbereichs ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::EmergencyConfirmPage</name>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="19"/>
        <source>Revoke the key now</source>
        <translation>Schlüssel jetzt widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="20"/>
        <source>For a leaked or compromised key: a new key goes to the vault and the old one is revoked at once.</source>
        <translation>Für einen geleakten oder kompromittierten Schlüssel: Ein neuer Schlüssel kommt in den Vault und der alte wird sofort widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="22"/>
        <source>&amp;Revoke now</source>
        <translation>Jetzt &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="29"/>
        <source>Rea&amp;son (required, recorded in the audit log):</source>
        <translation>&amp;Begründung (erforderlich, wird im Audit-Protokoll erfasst):</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="32"/>
        <source>Reason for the emergency revocation</source>
        <translation>Grund für den Notfallwiderruf</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="33"/>
        <source>What happened, e.g. “key pasted in a public issue”</source>
        <translation>Was ist passiert, z. B. „Schlüssel in ein öffentliches Issue eingefügt“</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="41"/>
        <source>Type the key&apos;s name to confirm</source>
        <translation>Namen des Schlüssels zur Bestätigung eingeben</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="65"/>
        <source>The old key of %1 stops working as soon as the new key is in the vault, without a grace period. Services that have not picked up the new key fail until they do. Providers that hold one key at a time are replaced the same way. The run is marked urgent.</source>
        <translation>Der alte Schlüssel von %1 funktioniert nicht mehr, sobald der neue Schlüssel im Vault ist, ohne Übergangsfrist. Dienste, die den neuen Schlüssel noch nicht übernommen haben, schlagen fehl, bis sie es tun. Bei Anbietern, die nur einen Schlüssel gleichzeitig halten, wird er auf dieselbe Weise ersetzt. Der Lauf wird als dringend markiert.</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="69"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="88"/>
        <source>The services are not connected: nothing was revoked.</source>
        <translation>Die Dienste sind nicht verbunden: Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="99"/>
        <source>The emergency revocation did not start: %1</source>
        <translation>Der Notfallwiderruf wurde nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::EmergencyRevokeWizard</name>
    <message>
        <location filename="../ui/EmergencyRevokeWizard.cpp" line="13"/>
        <source>Emergency revoke</source>
        <translation>Notfallwiderruf</translation>
    </message>
</context>
<context>
    <name>keyturn::HttpJob</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="144"/>
        <location filename="../app/core/net/HttpJob.cpp" line="257"/>
        <source>the request to %1 was cancelled</source>
        <translation>die Anfrage an %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="154"/>
        <source>%1: &apos;%2&apos; is not an http(s) URL</source>
        <translation>%1: „%2“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="214"/>
        <location filename="../app/core/net/HttpJob.cpp" line="235"/>
        <source>%1 at %2 sent more than %3 bytes; the answer was discarded</source>
        <translation>%1 unter %2 hat mehr als %3 Bytes gesendet; die Antwort wurde verworfen</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="222"/>
        <source>no answer from %1 at %2 within %3 s</source>
        <translation>keine Antwort von %1 unter %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="251"/>
        <source>TLS with %1 at %2 failed: %3</source>
        <translation>TLS mit %1 unter %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="254"/>
        <source>no answer from %1 at %2</source>
        <translation>keine Antwort von %1 unter %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="261"/>
        <source>cannot reach %1 at %2: %3</source>
        <translation>%1 unter %2 nicht erreichbar: %3</translation>
    </message>
</context>
<context>
    <name>keyturn::HttpResponse</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="72"/>
        <source>%1 answered with malformed JSON (%2 at byte %3)</source>
        <translation>%1 antwortete mit fehlerhaftem JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="75"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation>%1 antwortete mit JSON, das kein Objekt ist</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="100"/>
        <source>not authenticated: the token was missing or not accepted</source>
        <translation>nicht authentifiziert: Das Token fehlte oder wurde nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="101"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="102"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="103"/>
        <source>the server gave no reason</source>
        <translation>der Server nannte keinen Grund</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="107"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportConfirmPage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="219"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="220"/>
        <source>Everything is written in one step, or nothing is.</source>
        <translation>Alles wird in einem Schritt geschrieben – oder gar nichts.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="222"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="239"/>
        <source>Import %1 into %2: %3 to add, %4 to change.</source>
        <translation>%1 in %2 importieren: %3 hinzuzufügen, %4 zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="243"/>
        <source>Each change is recorded in the audit log as %1.</source>
        <translation>Jede Änderung wird im Audit-Protokoll mit dem Akteur %1 erfasst.</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportDonePage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="274"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="288"/>
        <source>The inventory now holds the file&apos;s credentials: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Das Inventar enthält jetzt die Schlüssel der Datei: %1 hinzugefügt, %2 geändert, %3 unverändert.</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportFilePage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="45"/>
        <source>Choose the inventory file</source>
        <translation>Inventardatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="46"/>
        <source>YAML in the rotation guide&apos;s format (api_keys: and/or rotation_schedules:), or CSV with a header row of the same field names. Nothing is written before you confirm.</source>
        <translation>YAML im Format des Rotationsleitfadens (api_keys: und/oder rotation_schedules:) oder CSV mit einer Kopfzeile aus denselben Feldnamen. Vor Ihrer Bestätigung wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="49"/>
        <source>inventory.yaml or inventory.csv</source>
        <translation>inventory.yaml oder inventory.csv</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="60"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="84"/>
        <source>Import inventory</source>
        <translation>Inventar importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="85"/>
        <source>Inventory files (*.yaml *.yml *.csv);;All files (*)</source>
        <translation>Inventardateien (*.yaml *.yml *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="96"/>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="99"/>
        <source>Read as CSV.</source>
        <translation>Als CSV gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="100"/>
        <source>Read as YAML.</source>
        <translation>Als YAML gelesen.</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportIssue</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="570"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportPreviewPage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="115"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="116"/>
        <source>What importing the file would change. Nothing has been written yet.</source>
        <translation>Was der Import der Datei ändern würde. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="122"/>
        <source>Changes the import would make</source>
        <translation>Änderungen, die der Import vornehmen würde</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="129"/>
        <source>Problems in the file:</source>
        <translation>Probleme in der Datei:</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="153"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="154"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="155"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="159"/>
        <source>%1 · %2 · every %3 days</source>
        <translation>%1 · %2 · alle %3 Tage</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="163"/>
        <source>changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="167"/>
        <location filename="../ui/ImportWizard.cpp" line="168"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="169"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="176"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="181"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="187"/>
        <source>%1 to add, %2 to change, %3 unchanged.</source>
        <translation>%1 hinzuzufügen, %2 zu ändern, %3 unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="190"/>
        <source>Errors: %1. Fix the file and choose it again; nothing can be imported until then.</source>
        <translation>Fehler: %1. Korrigieren Sie die Datei und wählen Sie sie erneut; bis dahin kann nichts importiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="193"/>
        <source>The inventory already matches the file: there is nothing to import.</source>
        <translation>Das Inventar entspricht bereits der Datei: Es gibt nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportWizard</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="303"/>
        <source>Import inventory</source>
        <translation>Inventar importieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="354"/>
        <location filename="../ui/ImportWizard.cpp" line="361"/>
        <source>Export inventory as CSV</source>
        <translation>Inventar als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="355"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryImport</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="612"/>
        <source>a schedule has 5 fields (minute hour day-of-month month day-of-week), not %1</source>
        <translation>ein Zeitplan hat 5 Felder (Minute Stunde Tag-des-Monats Monat Wochentag), nicht %1</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="639"/>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="645"/>
        <source>%1 is %2 MB; files over %3 MB are refused (split it into smaller files)</source>
        <translation>%1 ist %2 MB groß; Dateien über %3 MB werden abgelehnt (teilen Sie sie in kleinere Dateien auf)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="653"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="670"/>
        <source>the file is over %1 MB and was refused</source>
        <translation>die Datei ist größer als %1 MB und wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="677"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="762"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="681"/>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="699"/>
        <source>the header has an empty column name</source>
        <translation>die Kopfzeile enthält einen leeren Spaltennamen</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="701"/>
        <source>the header names column %1 twice</source>
        <translation>die Kopfzeile nennt die Spalte %1 zweimal</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="707"/>
        <source>the first row must be a header naming the columns, with at least %1 (found: %2)</source>
        <translation>die erste Zeile muss eine Kopfzeile mit den Spaltennamen sein, mit mindestens %1 (gefunden: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="719"/>
        <source>this row has %1 cells where the header has %2 columns (a comma inside a cell needs quotes)</source>
        <translation>diese Zeile hat %1 Zellen, die Kopfzeile aber %2 Spalten (ein Komma in einer Zelle braucht Anführungszeichen)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="758"/>
        <source>this is not valid YAML: %1</source>
        <translation>das ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="767"/>
        <source>the file must be a mapping with api_keys: (the inventory) and/or rotation_schedules:</source>
        <translation>die Datei muss eine Zuordnung mit api_keys: (dem Inventar) und/oder rotation_schedules: sein</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="781"/>
        <source>unknown section &apos;%1&apos; is ignored</source>
        <translation>unbekannter Abschnitt &apos;%1&apos; wird ignoriert</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="786"/>
        <source>the file has neither api_keys: (the inventory) nor rotation_schedules:</source>
        <translation>die Datei enthält weder api_keys: (das Inventar) noch rotation_schedules:</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="809"/>
        <source>name &apos;%1&apos; already appears on line %2</source>
        <translation>der Name &apos;%1&apos; kommt bereits in Zeile %2 vor</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="825"/>
        <source>provider is missing (a new credential needs one)</source>
        <translation>provider fehlt (für einen neuen Schlüssel erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="827"/>
        <source>environment is missing (a new credential needs one)</source>
        <translation>environment fehlt (für einen neuen Schlüssel erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="859"/>
        <source>secret is missing (the credential&apos;s name or vault path)</source>
        <translation>secret fehlt (Name oder Vault-Pfad des Schlüssels)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="888"/>
        <source>secret &apos;%1&apos; matches no credential by name or vault path</source>
        <translation>secret &apos;%1&apos; passt nach Name oder Vault-Pfad zu keinem Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="894"/>
        <source>secret &apos;%1&apos; matches more than one credential (%2); use the name</source>
        <translation>secret &apos;%1&apos; passt zu mehreren Schlüsseln (%2); verwenden Sie den Namen</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="901"/>
        <source>secret &apos;%1&apos; names %2, which line %3 already schedules</source>
        <translation>secret &apos;%1&apos; bezeichnet %2, dessen Zeitplan bereits Zeile %3 festlegt</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="922"/>
        <source>the entry for %1 sets neither schedule nor grace_period</source>
        <translation>der Eintrag für %1 setzt weder schedule noch grace_period</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="941"/>
        <source>the import file has errors (%1); nothing was imported</source>
        <translation>die Importdatei enthält Fehler (%1); es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="955"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="964"/>
        <source>line %1: %2; nothing was imported</source>
        <translation>Zeile %1: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="985"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="987"/>
        <source>%1; nothing was imported</source>
        <translation>%1; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryModel</name>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="262"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="265"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="270"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="271"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tg.</numerusform>
            <numerusform>vor %n Tg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="27"/>
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n Tg. überfällig</numerusform>
            <numerusform>%n Tg. überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="28"/>
        <source>in %n d</source>
        <translation>
            <numerusform>in %n Tg.</numerusform>
            <numerusform>in %n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="196"/>
        <source>Never seen in use</source>
        <translation>Nie in Verwendung gesehen</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="200"/>
        <source>Current key v%1 (%2) since %3</source>
        <translation>Aktueller Schlüssel v%1 (%2) seit %3</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="204"/>
        <source>Used by %1</source>
        <translation>Verwendet von %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="99"/>
        <source>issued</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="99"/>
        <source>held</source>
        <translation>verwaltet</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="206"/>
        <source>Consumer %1; managed by %2</source>
        <translation>Konsument %1; betreut von %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="232"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="246"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="247"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="248"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="249"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="267"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="279"/>
        <source>%1: age %2 d, policy %3 d</source>
        <translation>%1: Alter %2 Tg., Richtlinie %3 Tg.</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="283"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="298"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="299"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="300"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="301"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="302"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="303"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="304"/>
        <source>Age (d)</source>
        <translation>Alter (Tg.)</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="305"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="306"/>
        <source>Next rotation</source>
        <translation>Nächste Rotation</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="307"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="308"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="457"/>
        <source>Reading the inventory stopped unexpectedly.</source>
        <translation>Das Lesen des Inventars wurde unerwartet abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="25"/>
        <source>Reading the inventory…</source>
        <translation>Inventar wird gelesen…</translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryView</name>
    <message>
        <location filename="../ui/InventoryView.cpp" line="101"/>
        <source>Filter by name, provider, owner, service, vault path or fingerprint…</source>
        <translation>Nach Name, Anbieter, Verantwortlichem, Dienst, Vault-Pfad oder Fingerabdruck filtern…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="103"/>
        <source>Filter inventory</source>
        <translation>Inventar filtern</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="137"/>
        <source>Provider filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="138"/>
        <source>Environment filter</source>
        <translation>Umgebungsfilter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="133"/>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="105"/>
        <source>Filter the inventory</source>
        <translation>Das Inventar filtern</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="106"/>
        <source>Every word must appear in the key&apos;s name, provider, environment, owner, consumer, vault path, fingerprint, prefix, services or labels.</source>
        <translation>Jedes Wort muss in Name, Anbieter, Umgebung, Verantwortlichem, Konsument, Vault-Pfad, Fingerabdruck, Präfix, Diensten oder Labels des Schlüssels vorkommen.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="111"/>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="114"/>
        <source>Save filter…</source>
        <translation>Filter speichern…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="116"/>
        <source>Name the current filters to pick them again later (kept in your settings on this computer).</source>
        <translation>Die aktuellen Filter benennen, um sie später erneut auszuwählen (in Ihren Einstellungen auf diesem Computer gespeichert).</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="118"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="120"/>
        <source>Forget the chosen saved filter.</source>
        <translation>Den gewählten gespeicherten Filter entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="121"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="134"/>
        <source>Issued and held</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="135"/>
        <source>Held keys</source>
        <translation>Verwaltete Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="136"/>
        <source>Issued keys</source>
        <translation>Ausgegebene Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="139"/>
        <source>Owner filter</source>
        <translation>Verantwortlichenfilter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="140"/>
        <source>Criticality filter</source>
        <translation>Kritikalitätsfilter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="141"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="142"/>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="164"/>
        <source>Key inventory</source>
        <translation>Schlüsselinventar</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="179"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="205"/>
        <location filename="../ui/InventoryView.cpp" line="600"/>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="207"/>
        <source>Rotate the selected key</source>
        <translation>Den ausgewählten Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="209"/>
        <location filename="../ui/InventoryView.cpp" line="602"/>
        <source>E&amp;mergency revoke…</source>
        <translation>&amp;Notfallwiderruf…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="211"/>
        <source>Revoke the selected key at once</source>
        <translation>Den ausgewählten Schlüssel sofort widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="385"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="386"/>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="387"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="388"/>
        <source>Any criticality</source>
        <translation>Beliebige Kritikalität</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="396"/>
        <source>Reading the inventory…</source>
        <translation>Inventar wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="399"/>
        <source>%1 of %2 keys shown</source>
        <translation>%1 von %2 Schlüsseln angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="418"/>
        <source>No saved filters</source>
        <translation>Keine gespeicherten Filter</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="418"/>
        <source>Saved filters…</source>
        <translation>Gespeicherte Filter…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="429"/>
        <source>A saved filter needs a name; nothing was saved.</source>
        <translation>Ein gespeicherter Filter braucht einen Namen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="432"/>
        <source>Nothing is filtered, so there is nothing to save.</source>
        <translation>Es ist nichts gefiltert, also gibt es nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="434"/>
        <source>The search text looks like a key, and keys are never written to the settings; nothing was saved. Search by name, fingerprint or prefix instead.</source>
        <translation>Der Suchtext sieht wie ein Schlüssel aus, und Schlüssel werden nie in die Einstellungen geschrieben; es wurde nichts gespeichert. Suchen Sie stattdessen nach Name, Fingerabdruck oder Präfix.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="477"/>
        <location filename="../ui/InventoryView.cpp" line="483"/>
        <location filename="../ui/InventoryView.cpp" line="487"/>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="477"/>
        <source>Set a filter first: nothing is filtered now.</source>
        <translation>Legen Sie zuerst einen Filter fest: Derzeit ist nichts gefiltert.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="483"/>
        <source>Name of this filter:</source>
        <translation>Name dieses Filters:</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="516"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="525"/>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="552"/>
        <source>The services are not connected: set them in Settings.</source>
        <translation>Die Dienste sind nicht verbunden: Richten Sie sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="556"/>
        <source>Select one key: rotations run one key at a time.</source>
        <translation>Wählen Sie genau einen Schlüssel aus: Jede Rotation betrifft nur einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="561"/>
        <source>%1 is an issued key: issued keys rotate as campaigns with their consumers, which come later.</source>
        <translation>%1 ist ein ausgegebener Schlüssel: Ausgegebene Schlüssel werden in Kampagnen zusammen mit ihren Konsumenten rotiert; diese Kampagnen folgen später.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="564"/>
        <source>%1 is revoked.</source>
        <translation>%1 ist widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="583"/>
        <source>Rotate the selected key: new key, vault, grace period, then the old key is revoked.</source>
        <translation>Den ausgewählten Schlüssel rotieren: neuer Schlüssel, Vault, Übergangsfrist, dann wird der alte Schlüssel widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="586"/>
        <source>Choose a held key and rotate it.</source>
        <translation>Wählen Sie einen verwalteten Schlüssel und rotieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="589"/>
        <source>Revoke the selected key at once, with a new key in the vault.</source>
        <translation>Den ausgewählten Schlüssel sofort widerrufen, mit einem neuen Schlüssel im Vault.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="590"/>
        <source>Choose a held key and revoke it at once.</source>
        <translation>Wählen Sie einen verwalteten Schlüssel und widerrufen Sie ihn sofort.</translation>
    </message>
</context>
<context>
    <name>keyturn::KeyAgeChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="106"/>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="106"/>
        <source>Age / interval</source>
        <translation>Alter / Intervall</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="192"/>
        <source>%1: age %2 d of %3 d policy (%4×)</source>
        <translation>%1: Alter %2 Tg. von %3 Tg. laut Richtlinie (%4×)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="198"/>
        <source>and %n more key(s) at about this point</source>
        <translation>
            <numerusform>und %n weiterer Schlüssel etwa an diesem Punkt</numerusform>
            <numerusform>und %n weitere Schlüssel etwa an diesem Punkt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="206"/>
        <source>No key with a current version in the inventory yet</source>
        <translation>Noch kein Schlüssel mit aktueller Version im Inventar</translation>
    </message>
</context>
<context>
    <name>keyturn::KeyDetailsPanel</name>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="69"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="70"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="71"/>
        <source>previous</source>
        <translation>vorherige</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="72"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="98"/>
        <source>Key versions</source>
        <translation>Schlüsselversionen</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <source>Provider key id</source>
        <translation>Anbieter-Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>401s</source>
        <translation>401-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>Rotation runs of the key</source>
        <translation>Rotationsläufe des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="106"/>
        <source>Notices about the key</source>
        <translation>Mitteilungen zum Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Notice</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Consumer</source>
        <translation>Konsument</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Send at</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="108"/>
        <source>Audit trail of the key</source>
        <translation>Audit-Verlauf des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>Old fingerprint</source>
        <translation>Alter Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="110"/>
        <source>New fingerprint</source>
        <translation>Neuer Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="110"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="112"/>
        <source>Double-click an event, or press Enter on it, to show it in the audit history.</source>
        <translation>Doppelklicken Sie auf ein Ereignis oder drücken Sie darauf die Eingabetaste, um es im Audit-Verlauf anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="122"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="151"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="123"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="152"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="124"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="153"/>
        <source>Notices</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="125"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="154"/>
        <source>Audit trail</source>
        <translation>Audit-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="146"/>
        <source>No key selected</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="147"/>
        <source>Select a key to see its versions, rotation runs, notices and audit trail.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Versionen, Rotationsläufe, Mitteilungen und seinen Audit-Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="180"/>
        <source>Could not read key %1: %2</source>
        <translation>Schlüssel %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="189"/>
        <source>issued key</source>
        <translation>ausgegebener Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="189"/>
        <source>held key</source>
        <translation>verwalteter Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="195"/>
        <source>owner %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="196"/>
        <source>criticality %1</source>
        <translation>Kritikalität %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPanel.cpp" line="197"/>
        <source>rotates every %n d</source>
        <translation>
            <numerusform>rotiert alle %n Tg.</numerusform>
            <numerusform>rotiert alle %n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="198"/>
        <source>rotates on schedule %1 (UTC)</source>
        <translation>rotiert nach Zeitplan %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="200"/>
        <source>provider holds one key at a time</source>
        <translation>Anbieter hält nur einen Schlüssel gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="202"/>
        <source>vault %1</source>
        <translation>Vault %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="204"/>
        <source>used by %1</source>
        <translation>verwendet von %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="230"/>
        <source>versions: %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="233"/>
        <source>Versions (%1)</source>
        <translation>Versionen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="246"/>
        <source>runs: %1</source>
        <translation>Läufe: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="249"/>
        <source>Runs (%1)</source>
        <translation>Läufe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="261"/>
        <source>notices: %1</source>
        <translation>Mitteilungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="264"/>
        <source>Notices (%1)</source>
        <translation>Mitteilungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="281"/>
        <source>audit trail: %1</source>
        <translation>Audit-Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="286"/>
        <source>Audit trail (%1)</source>
        <translation>Audit-Verlauf (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="289"/>
        <source>Could not read all of the key&apos;s details: %1</source>
        <translation>Nicht alle Details des Schlüssels konnten gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::KeyStatus</name>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="19"/>
        <source>Healthy</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="20"/>
        <source>Stale</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="21"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="22"/>
        <source>Potentially stale</source>
        <translation>Evtl. verwaist</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="23"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="24"/>
        <source>Overdue (&gt;1.5×)</source>
        <translation>Überfällig (&gt;1,5×)</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="25"/>
        <source>Rotating</source>
        <translation>Wird rotiert</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="26"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>keyturn::LastUseChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Stale</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Potentially stale</source>
        <translation>Evtl. verwaist</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="242"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="244"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="248"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="292"/>
        <source>%n key(s) never seen in use</source>
        <translation>
            <numerusform>%n Schlüssel nie in Verwendung gesehen</numerusform>
            <numerusform>%n Schlüssel nie in Verwendung gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="293"/>
        <source>%n key(s) unused for %1 d</source>
        <translation>
            <numerusform>%n Schlüssel seit %1 Tg. ungenutzt</numerusform>
            <numerusform>%n Schlüssel seit %1 Tg. ungenutzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="294"/>
        <source>Click to open the longest unused: %1</source>
        <translation>Klicken, um den am längsten ungenutzten zu öffnen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="298"/>
        <source>No key with a current version in the inventory yet</source>
        <translation>Noch kein Schlüssel mit aktueller Version im Inventar</translation>
    </message>
</context>
<context>
    <name>keyturn::MailApiTransport</name>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="22"/>
        <source>no mail API token: set KEYTURN_MAIL_TOKEN or store one in the keychain</source>
        <translation>kein Mail-API-Token: Setzen Sie KEYTURN_MAIL_TOKEN oder legen Sie eines im Schlüsselbund ab</translation>
    </message>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="27"/>
        <source>a message needs a sender and at least one recipient</source>
        <translation>eine Nachricht braucht einen Absender und mindestens einen Empfänger</translation>
    </message>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="55"/>
        <source>the mail API answered without a message id</source>
        <translation>die Mail-API antwortete ohne Nachrichten-ID</translation>
    </message>
</context>
<context>
    <name>keyturn::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Keyturn — %1</source>
        <translation>Keyturn — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Consumers</source>
        <translation>Konsumenten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Approval queue</source>
        <translation>Freigabewarteschlange</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Rotations</source>
        <translation>Rotationen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Your database role (%1) may not review notices: that takes keyturn_engineer.</source>
        <translation>Ihre Datenbankrolle (%1) darf keine Mitteilungen prüfen: Dafür ist keyturn_engineer nötig.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Notice %1 is not in the approval queue.</source>
        <translation>Mitteilung %1 ist nicht in der Freigabewarteschlange.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Import inventory…</source>
        <translation>Inventar &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Import keys from a YAML or CSV inventory file</source>
        <translation>Schlüssel aus einer YAML- oder CSV-Inventardatei importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Your database role (%1) may not change the inventory: that takes keyturn_admin.</source>
        <translation>Ihre Datenbankrolle (%1) darf das Inventar nicht ändern: Dafür ist keyturn_admin nötig.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Export inventory as CSV…</source>
        <translation>Inventar als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Exported %1 credentials as CSV.</source>
        <translation>%1 Schlüssel als CSV exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Show the %1 view</source>
        <translation>Die Ansicht „%1“ anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Read the inventory, the runs and the audit history again</source>
        <translation>Inventar, Läufe und Audit-Verlauf neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;rotieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Emergency revoke…</source>
        <translation>&amp;Notfallwiderruf…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>The new connection settings apply after the current rotation step; save them again in a moment.</source>
        <translation>Die neuen Verbindungseinstellungen gelten erst nach dem aktuellen Rotationsschritt; speichern Sie sie gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;About Keyturn</source>
        <translation>&amp;Über Keyturn</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>About Keyturn</source>
        <translation>Über Keyturn</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>&lt;b&gt;Keyturn %1&lt;/b&gt;&lt;p&gt;Rotate API keys without breaking the integrations that use them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Keyturn %1&lt;/b&gt;&lt;p&gt;API-Schlüssel rotieren, ohne die Integrationen zu unterbrechen, die sie verwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>Could not load the inventory: %1</source>
        <translation>Das Inventar konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="309"/>
        <source>Services not connected: %1</source>
        <translation>Dienste nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>Your database role (%1) may not rotate or revoke keys: that takes keyturn_admin.</source>
        <translation>Ihre Datenbankrolle (%1) darf keine Schlüssel rotieren oder widerrufen: Dafür ist keyturn_admin nötig.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Connecting to the services…</source>
        <translation>Verbindung zu den Diensten wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>The services are not connected: set the platform and the vault in Settings.</source>
        <translation>Die Dienste sind nicht verbunden: Legen Sie die Plattform und den Vault in den Einstellungen fest.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>The services are not connected: %1</source>
        <translation>Die Dienste sind nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>Acting as: %1 (%2)</source>
        <translation>Handelnd als: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>Acting as: %1</source>
        <translation>Handelnd als: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>Reading the inventory…</source>
        <translation>Inventar wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="435"/>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
</context>
<context>
    <name>keyturn::MigrationBurnDownModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Consumers</source>
        <translation>Konsumenten</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Migrated</source>
        <translation>Migriert</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="412"/>
        <source>The campaigns could not be read: %1</source>
        <translation>Die Kampagnen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="421"/>
        <source>Campaign %1 does not exist</source>
        <translation>Kampagne %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="421"/>
        <source>No open campaign</source>
        <translation>Keine offene Kampagne</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="429"/>
        <source>The campaign&apos;s consumers could not be read: %1</source>
        <translation>Die Konsumenten der Kampagne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="432"/>
        <source>The campaign %1 has no consumers</source>
        <translation>Die Kampagne %1 hat keine Konsumenten</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="439"/>
        <source>The campaign&apos;s notices could not be read: %1</source>
        <translation>Die Mitteilungen der Kampagne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="457"/>
        <source>The campaign&apos;s history could not be read: %1</source>
        <translation>Der Verlauf der Kampagne konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="492"/>
        <source>%1
%2 of %3 consumers notified, %4 migrated</source>
        <translation>%1
%2 von %3 Konsumenten benachrichtigt, %4 migriert</translation>
    </message>
</context>
<context>
    <name>keyturn::MimeMessage</name>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="216"/>
        <source>the address &quot;%1&quot; contains a line break, which a mail header cannot hold</source>
        <translation>die Adresse &quot;%1&quot; enthält einen Zeilenumbruch, den ein Mail-Header nicht aufnehmen kann</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="219"/>
        <source>an address is empty</source>
        <translation>eine Adresse ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="226"/>
        <source>the address &quot;%1&quot; has a &quot;&gt;&quot; without a &quot;&lt;&quot;</source>
        <translation>die Adresse &quot;%1&quot; enthält ein &quot;&gt;&quot; ohne &quot;&lt;&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="233"/>
        <source>the name in &quot;%1&quot; contains a control character</source>
        <translation>der Name in &quot;%1&quot; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="240"/>
        <source>&quot;%1&quot; is not a mail address of the form name@domain</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse der Form name@domain</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="244"/>
        <source>the part before the @ in &quot;%1&quot; is not a plain ASCII mailbox name</source>
        <translation>der Teil vor dem @ in &quot;%1&quot; ist kein reiner ASCII-Postfachname</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="247"/>
        <source>the domain in &quot;%1&quot; is not a valid host name</source>
        <translation>die Domain in &quot;%1&quot; ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="317"/>
        <source>the subject contains a line break, which a mail header cannot hold: &quot;%1&quot;</source>
        <translation>der Betreff enthält einen Zeilenumbruch, den ein Mail-Header nicht aufnehmen kann: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="320"/>
        <source>the Message-ID contains a line break: &quot;%1&quot;</source>
        <translation>die Message-ID enthält einen Zeilenumbruch: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="322"/>
        <source>the message has no sender (From)</source>
        <translation>die Nachricht hat keinen Absender (From)</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="324"/>
        <source>the message has no recipient (To)</source>
        <translation>die Nachricht hat keinen Empfänger (To)</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="328"/>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="334"/>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="351"/>
        <source>the Message-ID &quot;%1&quot; is not of the form &lt;id@domain&gt;</source>
        <translation>die Message-ID &quot;%1&quot; hat nicht die Form &lt;id@domain&gt;</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeEditDialog</name>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="25"/>
        <source>Edit notice #%1</source>
        <translation>Mitteilung #%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="28"/>
        <source>To %1 &amp;lt;%2&amp;gt;. Saving submits the notice for approval again: someone who has neither drafted nor edited it approves it before it is sent.</source>
        <translation>An %1 &amp;lt;%2&amp;gt;. Beim Speichern wird die Mitteilung erneut zur Freigabe eingereicht: Jemand, der sie weder entworfen noch bearbeitet hat, gibt sie vor dem Senden frei.</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="37"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="41"/>
        <source>Body (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="49"/>
        <source>Preview as the consumer will see it</source>
        <translation>Vorschau, wie der Konsument sie sehen wird</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="54"/>
        <source>Markdown: # headings, - lists, 1. numbered lists, **bold**, *emphasis*, `code`, ``` code blocks, [text](https://link). No {{placeholder}} may be left.</source>
        <translation>Markdown: # Überschriften, - Listen, 1. nummerierte Listen, **fett**, *betont*, `Code`, ``` Codeblöcke, [Text](https://link). Es darf kein {{Platzhalter}} übrig bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="64"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="65"/>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="74"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="88"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="96"/>
        <source>Save and submit</source>
        <translation>Speichern und einreichen</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="98"/>
        <source>Save the notice and submit it for approval</source>
        <translation>Mitteilung speichern und zur Freigabe einreichen</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="110"/>
        <source>A notice needs a subject.</source>
        <translation>Eine Mitteilung braucht einen Betreff.</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="143"/>
        <source>The body cannot be sent like this: %1</source>
        <translation>Der Text kann so nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="157"/>
        <source>A notice needs a subject; nothing was saved.</source>
        <translation>Eine Mitteilung braucht einen Betreff; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeSender</name>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="47"/>
        <source>no mail transport is configured in the connection profile; no notice was sent</source>
        <translation>im Verbindungsprofil ist kein Mail-Transport konfiguriert; es wurde keine Mitteilung gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="49"/>
        <source>the connection profile has no sender address (--from); no notice was sent</source>
        <translation>das Verbindungsprofil hat keine Absenderadresse (--from); es wurde keine Mitteilung gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="89"/>
        <source>delivery of notice %1 to %2 was interrupted (the sending client stopped); it may have reached the recipient. Look for Message-ID %3 there, then run &apos;keyturnctl notices confirm %1 --note …&apos; if it arrived or &apos;keyturnctl notices retry %1&apos; if it did not</source>
        <translation>die Zustellung von Mitteilung %1 an %2 wurde unterbrochen (der sendende Client wurde beendet); sie hat den Empfänger möglicherweise erreicht. Suchen Sie dort nach Message-ID %3 und führen Sie dann &apos;keyturnctl notices confirm %1 --note …&apos; aus, wenn sie angekommen ist, oder &apos;keyturnctl notices retry %1&apos;, wenn nicht</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="164"/>
        <source>an interrupted send, settled by Message-ID %1: the mail API answered %2</source>
        <translation>ein unterbrochener Versand, geklärt anhand der Message-ID %1: Die Mail-API antwortete mit %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="185"/>
        <source>notice %1: %2; it will be tried again at %3</source>
        <translation>Mitteilung %1: %2; sie wird um %3 erneut versucht</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="191"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="195"/>
        <source>notice %1 to %2 could not be delivered: %3</source>
        <translation>Mitteilung %1 an %2 konnte nicht zugestellt werden: %3</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="197"/>
        <source>notice %1 to %2 failed: %3</source>
        <translation>Mitteilung %1 an %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeStore</name>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="171"/>
        <source>there is no notice template named &apos;%1&apos;</source>
        <translation>es gibt keine Mitteilungsvorlage namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="218"/>
        <source>a template name is lower-case letters, digits and dashes, not &apos;%1&apos;; nothing was saved</source>
        <translation>ein Vorlagenname besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, nicht &apos;%1&apos;; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="221"/>
        <source>template %1 was not saved: %2</source>
        <translation>Vorlage %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="229"/>
        <source>reading template %1 failed; nothing was saved</source>
        <translation>Lesen der Vorlage %1 fehlgeschlagen; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="262"/>
        <source>a campaign needs a name</source>
        <translation>eine Kampagne braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="264"/>
        <source>a campaign needs a deadline</source>
        <translation>eine Kampagne braucht eine Frist</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="308"/>
        <source>there is no campaign %1</source>
        <translation>es gibt keine Kampagne %1</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="351"/>
        <source>a notice needs a kind</source>
        <translation>eine Mitteilung braucht eine Art</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="353"/>
        <source>a notice needs a subject</source>
        <translation>eine Mitteilung braucht einen Betreff</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="355"/>
        <source>the consumer has no contact address (&apos;%1&apos;); no notice was drafted</source>
        <translation>der Konsument hat keine Kontaktadresse (&apos;%1&apos;); es wurde keine Mitteilung entworfen</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="357"/>
        <source>the notice does not render: %1; no notice was drafted</source>
        <translation>die Mitteilung lässt sich nicht rendern: %1; es wurde keine Mitteilung entworfen</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="389"/>
        <source>drafted from template %1 v%2</source>
        <translation>aus Vorlage %1 v%2 entworfen</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="420"/>
        <source>there is no notice %1</source>
        <translation>es gibt keine Mitteilung %1</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="484"/>
        <source>notice %1 is %2; only a pending notice can be approved</source>
        <translation>Mitteilung %1 hat den Status %2; nur eine Mitteilung, die auf Freigabe wartet, kann freigegeben werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="486"/>
        <source>notice %1 was drafted by %2 (who started its rotation or wrote it); another engineer must approve it</source>
        <translation>Mitteilung %1 wurde von %2 entworfen (der ihre Rotation gestartet oder sie verfasst hat); ein anderer Ingenieur muss sie freigeben</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="491"/>
        <source>notice %1 was last edited by %2; another engineer must approve it</source>
        <translation>Mitteilung %1 wurde zuletzt von %2 bearbeitet; ein anderer Ingenieur muss sie freigeben</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="518"/>
        <source>notice %1 was changed by someone else meanwhile (it is now %2); nothing was changed</source>
        <translation>Mitteilung %1 wurde inzwischen von jemand anderem geändert (Status jetzt: %2); es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="537"/>
        <source>no notice was named</source>
        <translation>es wurde keine Mitteilung angegeben</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="552"/>
        <source>notice %1 does not render: %2</source>
        <translation>Mitteilung %1 lässt sich nicht rendern: %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="557"/>
        <source>%1; no notice was approved</source>
        <translation>%1; es wurde keine Mitteilung freigegeben</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="574"/>
        <source>notice %1 was changed by someone else meanwhile; no notice was approved</source>
        <translation>Mitteilung %1 wurde inzwischen von jemand anderem geändert; es wurde keine Mitteilung freigegeben</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="594"/>
        <source>rejecting notice %1 needs a reason; it was left as it was</source>
        <translation>das Ablehnen von Mitteilung %1 erfordert eine Begründung; sie blieb unverändert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="599"/>
        <source>notice %1 is %2; only a pending or approved notice can be rejected</source>
        <translation>Mitteilung %1 hat den Status %2; nur eine wartende oder freigegebene Mitteilung kann abgelehnt werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="618"/>
        <source>notice %1 was changed by someone else since you opened it; your edit was not saved</source>
        <translation>Mitteilung %1 wurde von jemand anderem geändert, seit Sie sie geöffnet haben; Ihre Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="621"/>
        <source>notice %1 is %2 and can no longer be edited</source>
        <translation>Mitteilung %1 hat den Status %2 und kann nicht mehr bearbeitet werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="623"/>
        <source>a notice needs a one-line subject; your edit was not saved</source>
        <translation>eine Mitteilung braucht einen einzeiligen Betreff; Ihre Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="625"/>
        <source>the subject still holds a placeholder; your edit was not saved</source>
        <translation>der Betreff enthält noch einen Platzhalter; Ihre Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="627"/>
        <source>the notice does not render: %1; your edit was not saved</source>
        <translation>die Mitteilung lässt sich nicht rendern: %1; Ihre Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="629"/>
        <source>nothing was changed in notice %1</source>
        <translation>an Mitteilung %1 wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="649"/>
        <source>cancelling notice %1 needs a reason</source>
        <translation>das Stornieren von Mitteilung %1 erfordert eine Begründung</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="655"/>
        <source>notice %1 is %2 and cannot be cancelled</source>
        <translation>Mitteilung %1 hat den Status %2 und kann nicht storniert werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="671"/>
        <source>notice %1 is %2 and cannot be rescheduled</source>
        <translation>Mitteilung %1 hat den Status %2; ihre Sendezeit kann nicht mehr verschoben werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="677"/>
        <source>send time %1 → %2: %3</source>
        <translation>Sendezeit %1 → %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="691"/>
        <source>notice %1 is %2; only a failed notice can be retried</source>
        <translation>Mitteilung %1 hat den Status %2; nur eine fehlgeschlagene Mitteilung kann erneut versucht werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="693"/>
        <source>notice %1 was never approved; edit or approve it instead</source>
        <translation>Mitteilung %1 wurde nie freigegeben; bearbeiten Sie sie stattdessen oder geben Sie sie frei</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="698"/>
        <source>retry requested</source>
        <translation>erneuter Versuch angefordert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="709"/>
        <source>confirming that notice %1 arrived needs a note (how you checked)</source>
        <translation>die Bestätigung, dass Mitteilung %1 angekommen ist, erfordert eine Notiz (wie Sie es geprüft haben)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="714"/>
        <source>notice %1 is %2; only a failed or interrupted notice can be confirmed as delivered</source>
        <translation>Mitteilung %1 hat den Status %2; nur eine fehlgeschlagene oder unterbrochene Mitteilung kann als zugestellt bestätigt werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="785"/>
        <source>attempt %1, Message-ID %2</source>
        <translation>Versuch %1, Message-ID %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="834"/>
        <location filename="../app/core/notices/NoticeStore.cpp" line="879"/>
        <source>notice %1 is no longer being sent by this client; its state was left as it was</source>
        <translation>Mitteilung %1 wird von diesem Client nicht mehr gesendet; ihr Status blieb unverändert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="839"/>
        <source>accepted by the mail transport as %1</source>
        <translation>vom Mail-Transport angenommen als %1</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="882"/>
        <source>%1; next attempt at %2</source>
        <translation>%1; nächster Versuch um %2</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeTemplates</name>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="362"/>
        <source>The consumer&apos;s name as shown in the inventory</source>
        <translation>Der Name des Konsumenten, wie er im Inventar steht</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="363"/>
        <source>The name of the key being rotated</source>
        <translation>Der Name des Schlüssels, der rotiert wird</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="364"/>
        <source>The visible prefix of the old key (never the key itself)</source>
        <translation>Das sichtbare Präfix des alten Schlüssels (nie der Schlüssel selbst)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="365"/>
        <source>The old key&apos;s fingerprint, e.g. sha256:1a2b3c4d5e6f7a8b</source>
        <translation>Der Fingerabdruck des alten Schlüssels, z. B. sha256:1a2b3c4d5e6f7a8b</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="366"/>
        <source>The environment the key belongs to, e.g. production or staging</source>
        <translation>Die Umgebung, zu der der Schlüssel gehört, z. B. production oder staging</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="367"/>
        <source>When the old key is revoked, in UTC</source>
        <translation>Wann der alte Schlüssel widerrufen wird, in UTC</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="368"/>
        <source>Whole days left until the deadline</source>
        <translation>Volle Tage bis zur Frist</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="369"/>
        <source>Who to contact with questions: a team, an e-mail address or a channel</source>
        <translation>Ansprechpartner für Fragen: ein Team, eine E-Mail-Adresse oder ein Kanal</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="370"/>
        <source>The API&apos;s base URL for the key&apos;s environment</source>
        <translation>Die Basis-URL der API für die Umgebung des Schlüssels</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="371"/>
        <source>The health-check URL to test the new key against</source>
        <translation>Die Health-Check-URL, mit der der neue Schlüssel getestet wird</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="372"/>
        <source>Where the consumer creates a new key</source>
        <translation>Wo der Konsument einen neuen Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="373"/>
        <source>Why the key is revoked ahead of schedule (emergency notices)</source>
        <translation>Warum der Schlüssel vorzeitig widerrufen wird (Notfallmitteilungen)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="374"/>
        <source>The previous deadline, in UTC (extension notices)</source>
        <translation>Die vorherige Frist, in UTC (Verlängerungsmitteilungen)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="375"/>
        <source>The rotation campaign the notice belongs to</source>
        <translation>Die Rotationskampagne, zu der die Mitteilung gehört</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="568"/>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="585"/>
        <source>%1: unknown placeholder {{%2}}</source>
        <translation>%1: unbekannter Platzhalter {{%2}}</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="590"/>
        <source>%1: placeholder {{%2}} has no value</source>
        <translation>%1: Platzhalter {{%2}} hat keinen Wert</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="594"/>
        <source>%1: the value of {{%2}} must be a single line</source>
        <translation>%1: Der Wert von {{%2}} muss einzeilig sein</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="603"/>
        <source>%1: the value of {{%2}} holds ` or {{ }} and cannot be placed in code</source>
        <translation>%1: Der Wert von {{%2}} enthält ` oder {{ }} und kann nicht in Code eingesetzt werden</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="625"/>
        <source>%1: placeholder {{%2}} is not filled</source>
        <translation>%1: Platzhalter {{%2}} ist nicht ausgefüllt</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="687"/>
        <source>Notice</source>
        <translation>Mitteilung</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticesModel</name>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="37"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="37"/>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="38"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="38"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="39"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="39"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="40"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="40"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="49"/>
        <source>migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="50"/>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="51"/>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="52"/>
        <source>extension</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="72"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="78"/>
        <source>Reminder 1 day before the deadline</source>
        <translation>Erinnerung 1 Tag vor der Frist</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="79"/>
        <source>Reminder %1 days before the deadline</source>
        <translation>Erinnerung %1 Tage vor der Frist</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="80"/>
        <source>Urgent: sent before any other notice</source>
        <translation>Dringend: vor allen anderen Mitteilungen gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="85"/>
        <source>Sent %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="86"/>
        <source>Deadline %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="88"/>
        <source>Last edited by %1</source>
        <translation>Zuletzt bearbeitet von %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="103"/>
        <location filename="../ui/ApprovalQueueView.cpp" line="185"/>
        <source>%1 (urgent)</source>
        <translation>%1 (dringend)</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="123"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="124"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="125"/>
        <source>Consumer</source>
        <translation>Konsument</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="126"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="127"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="128"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="129"/>
        <source>Send at</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="130"/>
        <source>Drafted by</source>
        <translation>Entworfen von</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="131"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
</context>
<context>
    <name>keyturn::PlaceholderScanner</name>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="216"/>
        <source>%1: unbalanced braces: {{ without }}</source>
        <translation>%1: unausgeglichene Klammern: {{ ohne }}</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="228"/>
        <source>%1: malformed placeholder %2</source>
        <translation>%1: fehlerhafter Platzhalter %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="236"/>
        <source>%1: unbalanced braces: }} without {{</source>
        <translation>%1: unausgeglichene Klammern: }} ohne {{</translation>
    </message>
</context>
<context>
    <name>keyturn::PlatformAdminClient</name>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="43"/>
        <source>no platform token: set KEYTURN_PLATFORM_TOKEN or store one in the keychain</source>
        <translation>kein Plattform-Token: Setzen Sie KEYTURN_PLATFORM_TOKEN oder legen Sie eines im Schlüsselbund ab</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="78"/>
        <source>a key id</source>
        <translation>eine Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="80"/>
        <source>the name of key %1</source>
        <translation>den Namen von Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="82"/>
        <source>a version of key %1</source>
        <translation>eine Version von Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="84"/>
        <source>a valid fingerprint of key %1</source>
        <translation>einen gültigen Fingerabdruck von Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="87"/>
        <source>a known status of key %1 (got &apos;%2&apos;)</source>
        <translation>einen bekannten Status von Schlüssel %1 (erhalten: &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="89"/>
        <source>the creation time of key %1</source>
        <translation>den Erstellungszeitpunkt von Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="100"/>
        <source>a users list</source>
        <translation>eine Benutzerliste</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="110"/>
        <source>an id and name for every user</source>
        <translation>eine ID und einen Namen für jeden Benutzer</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="127"/>
        <source>a keys list</source>
        <translation>eine Schlüsselliste</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="152"/>
        <source>the new key&apos;s secret</source>
        <translation>das Geheimnis des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="154"/>
        <source>a secret matching the new key&apos;s fingerprint</source>
        <translation>ein Geheimnis, das zum Fingerabdruck des neuen Schlüssels passt</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="204"/>
        <source>the number of disabled keys</source>
        <translation>die Anzahl der deaktivierten Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="222"/>
        <source>a key id in the usage</source>
        <translation>eine Schlüssel-ID in den Nutzungsdaten</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="238"/>
        <source>a logs list</source>
        <translation>eine Log-Liste</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="253"/>
        <source>a timestamp for every audit entry</source>
        <translation>einen Zeitstempel für jeden Audit-Eintrag</translation>
    </message>
</context>
<context>
    <name>keyturn::ProviderSync</name>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="31"/>
        <location filename="../app/core/sync/ProviderSync.cpp" line="34"/>
        <source>sync stopped, the inventory is unchanged: %1</source>
        <translation>Synchronisierung abgebrochen, das Inventar ist unverändert: %1</translation>
    </message>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="50"/>
        <source>sync failed and was rolled back, the inventory is unchanged: %1</source>
        <translation>Synchronisierung fehlgeschlagen und zurückgerollt, das Inventar ist unverändert: %1</translation>
    </message>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="160"/>
        <source>the provider reports key %1 with fingerprint %2, but Keyturn recorded %3 for it: the provider&apos;s data changed under the same id</source>
        <translation>der Anbieter meldet Schlüssel %1 mit Fingerabdruck %2, Keyturn hat dafür jedoch %3 erfasst: Die Daten des Anbieters haben sich unter derselben ID geändert</translation>
    </message>
</context>
<context>
    <name>keyturn::RejectNoticeDialog</name>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="16"/>
        <source>Reject notice #%1</source>
        <translation>Mitteilung #%1 ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="19"/>
        <source>&lt;p&gt;Reject the notice to &lt;b&gt;%1&lt;/b&gt;: “%2”?&lt;/p&gt;&lt;p&gt;It goes back to the drafts, and nothing is sent until it is edited and approved. The reason is kept in the notice&apos;s history and in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Mitteilung an &lt;b&gt;%1&lt;/b&gt; ablehnen: „%2“?&lt;/p&gt;&lt;p&gt;Sie geht zurück zu den Entwürfen, und es wird nichts gesendet, bis sie bearbeitet und freigegeben ist. Die Begründung wird im Verlauf der Mitteilung und im Audit-Protokoll festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="27"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="30"/>
        <source>Reason for the rejection</source>
        <translation>Begründung der Ablehnung</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="31"/>
        <source>What has to change before this notice can go out?</source>
        <translation>Was muss sich ändern, bevor diese Mitteilung hinausgehen kann?</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="37"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="39"/>
        <source>Reject the notice</source>
        <translation>Mitteilung ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="66"/>
        <source>Write the reason first.</source>
        <translation>Geben Sie zuerst eine Begründung ein.</translation>
    </message>
</context>
<context>
    <name>keyturn::ReviewPlanPage</name>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="24"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="36"/>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="37"/>
        <source>What the rotation will do, and what Keyturn found at the provider and in the vault. Nothing has changed yet.</source>
        <translation>Was die Rotation tun wird und was Keyturn beim Anbieter und im Vault vorgefunden hat. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="51"/>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="54"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="54"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="54"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="62"/>
        <source>Accept a rotation without dual keys</source>
        <translation>Rotation ohne zwei gleichzeitige Schlüssel akzeptieren</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="65"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="67"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="86"/>
        <source>Provider reachable</source>
        <translation>Anbieter erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="88"/>
        <source>Vault reachable</source>
        <translation>Vault erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="90"/>
        <source>Vault write access</source>
        <translation>Schreibzugriff auf Vault</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="92"/>
        <source>No other run</source>
        <translation>Kein anderer Lauf</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="94"/>
        <source>Two keys at once</source>
        <translation>Zwei Schlüssel gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="96"/>
        <source>Current key known</source>
        <translation>Aktueller Schlüssel bekannt</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="98"/>
        <source>Owner sign-off</source>
        <translation>Zustimmung des Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="121"/>
        <source>The services are not connected, so no plan can be made: set the platform and the vault in Settings.</source>
        <translation>Die Dienste sind nicht verbunden, daher kann kein Plan erstellt werden: Legen Sie die Plattform und den Vault in den Einstellungen fest.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="129"/>
        <source>Checking the provider and the vault…</source>
        <translation>Anbieter und Vault werden geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="138"/>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="142"/>
        <source>Every blocking check passed.</source>
        <translation>Alle blockierenden Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="143"/>
        <source>A blocking check failed: the rotation cannot start until it passes.</source>
        <translation>Eine blockierende Prüfung ist fehlgeschlagen: Die Rotation kann erst starten, wenn sie besteht.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="165"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="166"/>
        <source>Vault path</source>
        <translation>Vault-Pfad</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="167"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="167"/>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="169"/>
        <location filename="../ui/ReviewPlanPage.cpp" line="171"/>
        <source>Grace period</source>
        <translation>Übergangsfrist</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="169"/>
        <source>none: the old key is revoked at once</source>
        <translation>keine: Der alte Schlüssel wird sofort widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="172"/>
        <source>Quiet period</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="173"/>
        <source>%1 without use of the old key before it is revoked</source>
        <translation>%1 ohne Verwendung des alten Schlüssels, bevor er widerrufen wird</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="176"/>
        <source>Old key</source>
        <translation>Alter Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="176"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="186"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="188"/>
        <source>blocking</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="191"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="198"/>
        <source>I accept that %1 holds one key at a time: while the new key reaches the services, calls with the old key may fail.</source>
        <translation>Ich akzeptiere, dass %1 nur einen Schlüssel gleichzeitig hält: Während der neue Schlüssel die Dienste erreicht, können Aufrufe mit dem alten Schlüssel fehlschlagen.</translation>
    </message>
</context>
<context>
    <name>keyturn::RotateWizard</name>
    <message>
        <location filename="../ui/RotateWizard.cpp" line="13"/>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
</context>
<context>
    <name>keyturn::RotationEngine</name>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="100"/>
        <source>planned: pre-checks come next</source>
        <translation>geplant: Als Nächstes folgen die Vorabprüfungen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="101"/>
        <source>pre-checked: the provider and the vault answered, the lock is held</source>
        <translation>vorgeprüft: Anbieter und Vault haben geantwortet, die Sperre ist gesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="102"/>
        <source>new key created at the provider; storing it in the vault comes next</source>
        <translation>neuer Schlüssel beim Anbieter erstellt; als Nächstes wird er im Vault gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="103"/>
        <source>new key stored in the vault beside the old one</source>
        <translation>neuer Schlüssel im Vault neben dem alten gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="105"/>
        <source>grace period: waiting for services to pick up the new key and for the old one to go quiet</source>
        <translation>Übergangsfrist: Warten, bis die Dienste den neuen Schlüssel übernehmen und der alte nicht mehr verwendet wird</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="106"/>
        <source>verified: the new key is in use and the old key is quiet</source>
        <translation>verifiziert: Der neue Schlüssel ist in Verwendung, der alte wird nicht mehr verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="107"/>
        <source>old key revoked at the provider; removing it from the vault comes next</source>
        <translation>alter Schlüssel beim Anbieter widerrufen; als Nächstes wird er aus dem Vault entfernt</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="108"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="109"/>
        <source>failed: the old key is still valid; resume or roll back</source>
        <translation>fehlgeschlagen: Der alte Schlüssel ist noch gültig; fortsetzen oder zurückrollen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="110"/>
        <source>rolling back: restoring the old key in the vault and revoking the new one</source>
        <translation>wird zurückgerollt: Der alte Schlüssel wird im Vault wiederhergestellt und der neue widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="111"/>
        <source>rolled back: the old key is current again</source>
        <translation>zurückgerollt: Der alte Schlüssel ist wieder aktuell</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="112"/>
        <source>campaign opened: the consumer is to be told to create and switch to a new key</source>
        <translation>Kampagne eröffnet: Der Konsument wird aufgefordert, einen neuen Schlüssel zu erstellen und darauf umzustellen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="113"/>
        <source>waiting for the consumer to create, use and switch to a new key before the deadline</source>
        <translation>Warten, bis der Konsument vor Ablauf der Frist einen neuen Schlüssel erstellt, verwendet und darauf umstellt</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="114"/>
        <source>escalated: the consumer did not migrate by the deadline; extend it or decide</source>
        <translation>eskaliert: Der Konsument hat nicht fristgerecht migriert; Frist verlängern oder entscheiden</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="149"/>
        <source>%1 is an issued key: consumers rotate it themselves in a campaign</source>
        <translation>%1 ist ein ausgegebener Schlüssel: Konsumenten rotieren ihn selbst in einer Kampagne</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="158"/>
        <source>the provider holds the old and the new key at once</source>
        <translation>der Anbieter hält den alten und den neuen Schlüssel gleichzeitig</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="159"/>
        <source>%1 cannot hold two keys at once: services using the old key fail from the moment it is replaced until they pick up the new one</source>
        <translation>%1 kann nicht zwei Schlüssel gleichzeitig halten: Dienste, die den alten Schlüssel verwenden, schlagen ab seiner Ersetzung fehl, bis sie den neuen übernehmen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="170"/>
        <source>another rotation of this key is not finished; finish or roll it back first</source>
        <translation>eine andere Rotation dieses Schlüssels ist nicht abgeschlossen; schließen Sie sie zuerst ab oder rollen Sie sie zurück</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="171"/>
        <source>no other rotation of this key is running</source>
        <translation>keine andere Rotation dieses Schlüssels läuft</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="176"/>
        <source>the owner (%1) must sign the run off before anything is changed</source>
        <translation>der Verantwortliche (%1) muss dem Lauf zustimmen, bevor etwas geändert wird</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="181"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="417"/>
        <source>no vault is configured in the connection profile</source>
        <translation>im Verbindungsprofil ist kein Vault konfiguriert</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="182"/>
        <source>%1 has no vault path</source>
        <translation>%1 hat keinen Vault-Pfad</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="197"/>
        <source>the vault has no entry with a key_id at %1: Keyturn rotates keys whose vault entry names the provider&apos;s key id</source>
        <translation>der Vault hat unter %1 keinen Eintrag mit key_id: Keyturn rotiert Schlüssel, deren Vault-Eintrag die Schlüssel-ID des Anbieters nennt</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="205"/>
        <source>entry at %1 is version %2</source>
        <translation>Eintrag unter %1 hat Version %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="211"/>
        <source>the token may write the path</source>
        <translation>das Token darf den Pfad schreiben</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="212"/>
        <source>the token may not write the path (capabilities: %1)</source>
        <translation>das Token darf den Pfad nicht schreiben (Capabilities: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="223"/>
        <source>the provider does not know the vault&apos;s key %1</source>
        <translation>der Anbieter kennt den Schlüssel %1 aus dem Vault nicht</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="226"/>
        <source>the vault&apos;s key %1 is %2 at the provider</source>
        <translation>der Schlüssel %1 aus dem Vault hat beim Anbieter den Status %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="229"/>
        <source>the vault&apos;s key does not match key %1 at the provider</source>
        <translation>der Schlüssel aus dem Vault stimmt nicht mit Schlüssel %1 beim Anbieter überein</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="234"/>
        <source>the provider answered</source>
        <translation>der Anbieter hat geantwortet</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="237"/>
        <source>current key %1 (%2), version %3</source>
        <translation>aktueller Schlüssel %1 (%2), Version %3</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="251"/>
        <source>%1 is an issued key: consumers rotate it themselves in a campaign, not in a key swap</source>
        <translation>%1 ist ein ausgegebener Schlüssel: Konsumenten rotieren ihn selbst in einer Kampagne, nicht per Schlüsseltausch</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="254"/>
        <source>%1 is retired (revoked); there is nothing to rotate</source>
        <translation>%1 ist stillgelegt (widerrufen); es gibt nichts zu rotieren</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="256"/>
        <source>an emergency revocation needs a reason</source>
        <translation>ein Notfallwiderruf erfordert eine Begründung</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="258"/>
        <source>%1 cannot hold two keys at once: accept the outage window explicitly to rotate it</source>
        <translation>%1 kann nicht zwei Schlüssel gleichzeitig halten: Akzeptieren Sie das Ausfallfenster ausdrücklich, um ihn zu rotieren</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="278"/>
        <source>rotation run %1</source>
        <translation>Rotationslauf %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="299"/>
        <source>run %1 is being advanced by another Keyturn right now; nothing was done here</source>
        <translation>Lauf %1 wird gerade von einer anderen Keyturn-Instanz fortgeführt; hier wurde nichts getan</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="363"/>
        <source>run %1 cannot be rolled back: the old key is no longer valid (%2)</source>
        <translation>Lauf %1 kann nicht zurückgerollt werden: Der alte Schlüssel ist nicht mehr gültig (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="383"/>
        <source>an override needs a written reason of at least 10 characters</source>
        <translation>das Übergehen der Verifizierung erfordert eine schriftliche Begründung von mindestens 10 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="388"/>
        <source>run %1 is not waiting for verification (%2)</source>
        <translation>Lauf %1 wartet nicht auf Verifizierung (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="428"/>
        <source>a campaign run cannot be in state &apos;%1&apos;</source>
        <translation>ein Kampagnenlauf kann nicht im Status &apos;%1&apos; sein</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="446"/>
        <source>run %1 is in an unknown state &apos;%2&apos;</source>
        <translation>Lauf %1 hat einen unbekannten Status &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="462"/>
        <source>rotation run %1 completed</source>
        <translation>Rotationslauf %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="463"/>
        <source>rotation run %1 rolled back</source>
        <translation>Rotationslauf %1 zurückgerollt</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="481"/>
        <source>run %1 failed, the old key is still valid: %2</source>
        <translation>Lauf %1 fehlgeschlagen, der alte Schlüssel ist noch gültig: %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="496"/>
        <source>run %1 does not wait for a sign-off</source>
        <translation>Lauf %1 wartet nicht auf eine Zustimmung</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="499"/>
        <source>%1 started run %2 and cannot also sign it off: another person must</source>
        <translation>%1 hat Lauf %2 gestartet und kann ihm nicht auch zustimmen: Das muss eine andere Person tun</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="517"/>
        <source>a sign-off by the owner (%1), someone other than %2</source>
        <translation>eine Zustimmung des Verantwortlichen (%1) durch jemand anderen als %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="539"/>
        <source>pre-checks failed: %1</source>
        <translation>Vorabprüfungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="559"/>
        <source>the vault entry disappeared</source>
        <translation>der Vault-Eintrag ist verschwunden</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="580"/>
        <source>creating the new key failed: %1</source>
        <translation>Erstellen des neuen Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="616"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="807"/>
        <source>the vault entry at %1 disappeared</source>
        <translation>der Vault-Eintrag unter %1 ist verschwunden</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="639"/>
        <source>the vault entry at %1 changed since the pre-check (version %2, expected %3); nothing was written</source>
        <translation>der Vault-Eintrag unter %1 hat sich seit der Vorabprüfung geändert (Version %2, erwartet %3); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="655"/>
        <source>storing the new key in the vault failed: %1</source>
        <translation>Speichern des neuen Schlüssels im Vault fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="669"/>
        <source>recovering the new key failed: %1</source>
        <translation>Wiederherstellen des neuen Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="677"/>
        <source>could not revoke an unrecoverable new key: %1</source>
        <translation>ein nicht wiederherstellbarer neuer Schlüssel konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="687"/>
        <source>the new key&apos;s secret was lost; it was revoked and a new one is made</source>
        <translation>das Geheimnis des neuen Schlüssels ging verloren; er wurde widerrufen, und ein neuer wird erstellt</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="700"/>
        <source>the grace period to end at %1</source>
        <translation>das Ende der Übergangsfrist um %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="721"/>
        <source>reading the new key&apos;s use failed: %1</source>
        <translation>Lesen der Nutzung des neuen Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="724"/>
        <source>reading the old key&apos;s use failed: %1</source>
        <translation>Lesen der Nutzung des alten Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="738"/>
        <source>not seen in use: the key was idle for a week before the rotation</source>
        <translation>nicht in Verwendung gesehen: Der Schlüssel war vor der Rotation eine Woche lang ungenutzt</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="743"/>
        <source>the new key to be seen in use</source>
        <translation>die erste Verwendung des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="744"/>
        <source>the old key to be quiet for %1 (last used %2)</source>
        <translation>%1 ohne Verwendung des alten Schlüssels (zuletzt verwendet %2)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="750"/>
        <source>%1: the old key is still used after the grace period; the run waits instead of revoking it (override with a reason to revoke anyway)</source>
        <translation>%1: Der alte Schlüssel wird nach der Übergangsfrist noch verwendet; der Lauf wartet, statt ihn zu widerrufen (übergehen Sie die Verifizierung mit Begründung, um ihn trotzdem zu widerrufen)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="795"/>
        <source>revoking the old key failed: %1</source>
        <translation>Widerrufen des alten Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="822"/>
        <source>removing the revoked key from the vault failed: %1</source>
        <translation>Entfernen des widerrufenen Schlüssels aus dem Vault fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="863"/>
        <source>rolling back: listing the provider&apos;s keys failed: %1</source>
        <translation>Rollback: Auflisten der Schlüssel des Anbieters fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="889"/>
        <source>rolling back: revoking the new key %1 failed: %2</source>
        <translation>Rollback: Widerrufen des neuen Schlüssels %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="898"/>
        <source>rolling back: reading the vault failed: %1</source>
        <translation>Rollback: Lesen des Vaults fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="911"/>
        <source>rolling back: restoring the old key in the vault failed: %1</source>
        <translation>Rollback: Wiederherstellen des alten Schlüssels im Vault fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="921"/>
        <source>a campaign needs at least one issued key</source>
        <translation>eine Kampagne braucht mindestens einen ausgegebenen Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="923"/>
        <source>the deadline policy must be revoke or escalate, not &apos;%1&apos;</source>
        <translation>die Fristrichtlinie muss revoke oder escalate sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="925"/>
        <source>the deadline must lie in the future</source>
        <translation>die Frist muss in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="927"/>
        <source>an emergency campaign needs a reason (the consumers are told it); nothing was started</source>
        <translation>eine Notfallkampagne braucht eine Begründung (sie wird den Konsumenten mitgeteilt); es wurde nichts gestartet</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="929"/>
        <source>the first notice must go out at least %1 days before the deadline, so the deadline must be at least %1 days away (or the rotation an emergency); nothing was started</source>
        <translation>die erste Mitteilung muss mindestens %1 Tage vor der Frist hinausgehen, daher muss die Frist mindestens %1 Tage entfernt sein (oder die Rotation ein Notfall); es wurde nichts gestartet</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="942"/>
        <source>%1 is a held key: rotate it with a key swap, not a campaign; nothing was started</source>
        <translation>%1 ist ein verwalteter Schlüssel: Rotieren Sie ihn per Schlüsseltausch, nicht per Kampagne; es wurde nichts gestartet</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="944"/>
        <source>%1 was not synced from the platform (no provider reference); sync first</source>
        <translation>%1 wurde nicht von der Plattform synchronisiert (keine Anbieterreferenz); synchronisieren Sie zuerst</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="958"/>
        <source>Emergency rotation of %1</source>
        <translation>Notfallrotation von %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="958"/>
        <source>Rotation of %1</source>
        <translation>Rotation von %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="960"/>
        <source>%1 keys (%2, …)</source>
        <translation>%1 Schlüssel (%2, …)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="970"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="991"/>
        <source>%1; no campaign was started</source>
        <translation>%1; es wurde keine Kampagne gestartet</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="994"/>
        <source>campaign run %1</source>
        <translation>Kampagnenlauf %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1008"/>
        <source>an extension needs a reason</source>
        <translation>eine Verlängerung erfordert eine Begründung</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1010"/>
        <source>an extension must move the deadline later</source>
        <translation>eine Verlängerung muss die Frist nach hinten verschieben</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1015"/>
        <source>run %1 is not an open campaign</source>
        <translation>Lauf %1 ist keine offene Kampagne</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1037"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1063"/>
        <source>listing the consumer&apos;s keys failed: %1</source>
        <translation>Auflisten der Schlüssel des Konsumenten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1044"/>
        <source>the consumer has no active key named %1 at the platform</source>
        <translation>der Konsument hat auf der Plattform keinen aktiven Schlüssel namens %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1123"/>
        <source>%1 was never sent a notice about %2 (none was approved and delivered), so the old key was not revoked at the deadline (%3); approve and send the notice, then extend the deadline</source>
        <translation>%1 hat nie eine Mitteilung zu %2 erhalten (keine wurde freigegeben und zugestellt), daher wurde der alte Schlüssel zur Frist (%3) nicht widerrufen; geben Sie die Mitteilung frei, senden Sie sie und verlängern Sie dann die Frist</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1136"/>
        <source>revoking the consumer&apos;s old key failed: %1</source>
        <translation>Widerrufen des alten Schlüssels des Konsumenten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1115"/>
        <source>%1 did not migrate %2 by the deadline (%3); extend the deadline or decide</source>
        <translation>%1 hat %2 nicht bis zur Frist (%3) migriert; Frist verlängern oder entscheiden</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1174"/>
        <source>disabling a consumer&apos;s keys needs a reason</source>
        <translation>das Deaktivieren der Schlüssel eines Konsumenten erfordert eine Begründung</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1177"/>
        <source>no platform is configured in the connection profile</source>
        <translation>im Verbindungsprofil ist keine Plattform konfiguriert</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1187"/>
        <source>there is no consumer %1 in the inventory; sync first</source>
        <translation>im Inventar gibt es keinen Konsumenten %1; synchronisieren Sie zuerst</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1190"/>
        <source>the platform did not disable the keys: %1; nothing was changed here</source>
        <translation>die Plattform hat die Schlüssel nicht deaktiviert: %1; hier wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1210"/>
        <source>all keys of %1 disabled: %2</source>
        <translation>alle Schlüssel von %1 deaktiviert: %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1215"/>
        <source>all keys of %1 (%2) were disabled: %3</source>
        <translation>alle Schlüssel von %1 (%2) wurden deaktiviert: %3</translation>
    </message>
</context>
<context>
    <name>keyturn::RotationProgressPage</name>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="23"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="24"/>
        <source>The run goes on by itself. You may close this window: the Rotations page keeps advancing the run and shows where it is.</source>
        <translation>Der Lauf setzt sich selbstständig fort. Sie können dieses Fenster schließen: Die Seite „Rotationen“ treibt den Lauf weiter voran und zeigt seinen Stand an.</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="26"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="67"/>
        <source>The services are not connected: the run waits until they are.</source>
        <translation>Die Dienste sind nicht verbunden: Der Lauf wartet, bis sie es sind.</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="83"/>
        <source>The last step did not go through: %1</source>
        <translation>Der letzte Schritt ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="105"/>
        <source>The run failed; the old key is still valid. Resume it or roll it back on the Rotations page.</source>
        <translation>Der Lauf ist fehlgeschlagen; der alte Schlüssel ist noch gültig. Setzen Sie ihn auf der Seite „Rotationen“ fort oder rollen Sie ihn zurück.</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="108"/>
        <source>The run is %1.</source>
        <translation>Status des Laufs: %1.</translation>
    </message>
</context>
<context>
    <name>keyturn::RotationsView</name>
    <message>
        <location filename="../ui/RotationsView.cpp" line="60"/>
        <source>Filter runs by key name…</source>
        <translation>Läufe nach Schlüsselname filtern…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="62"/>
        <source>Filter runs</source>
        <translation>Läufe filtern</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="63"/>
        <source>Filter the runs</source>
        <translation>Die Läufe filtern</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="64"/>
        <source>Show the runs of keys whose name contains this text.</source>
        <translation>Die Läufe der Schlüssel anzeigen, deren Name diesen Text enthält.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="71"/>
        <source>Rotation runs</source>
        <translation>Rotationsläufe</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="101"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="101"/>
        <source>Resume the selected failed run</source>
        <translation>Den ausgewählten fehlgeschlagenen Lauf fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="102"/>
        <source>Roll &amp;back…</source>
        <translation>&amp;Zurückrollen…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="102"/>
        <source>Roll back the selected run</source>
        <translation>Den ausgewählten Lauf zurückrollen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="103"/>
        <source>&amp;Override verification…</source>
        <translation>&amp;Verifizierung übergehen…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="104"/>
        <source>Override the verification of the selected run</source>
        <translation>Die Verifizierung des ausgewählten Laufs übergehen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="105"/>
        <source>&amp;Advance now</source>
        <translation>&amp;Jetzt fortführen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="105"/>
        <source>Advance the selected run now</source>
        <translation>Den ausgewählten Lauf jetzt fortführen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="128"/>
        <source>Rotations message</source>
        <translation>Meldung der Rotationen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="166"/>
        <source>Could not load the runs: %1</source>
        <translation>Die Läufe konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="246"/>
        <source>Runs: %1</source>
        <translation>Läufe: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="277"/>
        <source>run #%1 (%2) is now %3</source>
        <translation>Lauf #%1 (%2) ist jetzt: %3</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="281"/>
        <source>Advancing the due runs: %1</source>
        <translation>Fehler beim Fortführen der fälligen Läufe: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="283"/>
        <source>Advanced: %1.</source>
        <translation>Fortgeführt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="309"/>
        <source>The services are not connected, so runs cannot be changed from here: set the platform and the vault in Settings.</source>
        <translation>Die Dienste sind nicht verbunden, daher können Läufe hier nicht geändert werden: Legen Sie die Plattform und den Vault in den Einstellungen fest.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="312"/>
        <source>Select a run first.</source>
        <translation>Wählen Sie zuerst einen Lauf aus.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="314"/>
        <source>Waiting for the previous action to answer.</source>
        <translation>Warten auf die Antwort der vorherigen Aktion.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="320"/>
        <source>Only a failed run can be resumed.</source>
        <translation>Nur ein fehlgeschlagener Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="321"/>
        <source>Take the failed run back to the step that failed and go on.</source>
        <translation>Den fehlgeschlagenen Lauf zum fehlgeschlagenen Schritt zurückführen und fortsetzen.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="323"/>
        <source>Roll back is offered only while the old key is still valid: before it is revoked, and while the run is not finished.</source>
        <translation>Zurückrollen ist nur möglich, solange der alte Schlüssel noch gültig ist: bevor er widerrufen wird und solange der Lauf nicht abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="325"/>
        <source>Put the previous key back in the vault and revoke the new one.</source>
        <translation>Den vorherigen Schlüssel wieder in den Vault legen und den neuen widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="327"/>
        <source>Only a run waiting for verification in its grace period can be overridden.</source>
        <translation>Nur bei einem Lauf, der in seiner Übergangsfrist auf die Verifizierung wartet, kann diese übergangen werden.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="328"/>
        <source>Let the run revoke the old key without verification; a written reason is required and audited.</source>
        <translation>Den Lauf den alten Schlüssel ohne Verifizierung widerrufen lassen; eine schriftliche Begründung ist erforderlich und wird im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="330"/>
        <source>A finished or failed run does not advance; resume a failed run instead.</source>
        <translation>Ein abgeschlossener oder fehlgeschlagener Lauf wird nicht fortgeführt; setzen Sie einen fehlgeschlagenen Lauf stattdessen fort.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="331"/>
        <source>Run the selected run&apos;s next steps now instead of waiting for the timer.</source>
        <translation>Die nächsten Schritte des ausgewählten Laufs jetzt ausführen, statt auf den Timer zu warten.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="367"/>
        <source>Resuming run #%1…</source>
        <translation>Lauf #%1 wird fortgesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="372"/>
        <source>Run #%1 was not resumed: %2</source>
        <translation>Lauf #%1 wurde nicht fortgesetzt: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="373"/>
        <source>Run #%1 resumed; it is now %2.</source>
        <translation>Lauf #%1 fortgesetzt; Status jetzt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="387"/>
        <source>Roll back run #%1</source>
        <translation>Lauf #%1 zurückrollen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="388"/>
        <source>Roll back the rotation of %1?

The vault gets the previous key back and the new key is revoked at the provider. Services that already use the new key must pick up the previous one from the vault.</source>
        <translation>Die Rotation von %1 zurückrollen?

Der Vault erhält den vorherigen Schlüssel zurück, und der neue Schlüssel wird beim Anbieter widerrufen. Dienste, die bereits den neuen Schlüssel verwenden, müssen den vorherigen wieder aus dem Vault übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="394"/>
        <source>Rolling back run #%1…</source>
        <translation>Lauf #%1 wird zurückgerollt…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="399"/>
        <source>Run #%1 was not rolled back: %2</source>
        <translation>Lauf #%1 wurde nicht zurückgerollt: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="400"/>
        <location filename="../ui/RotationsView.cpp" line="466"/>
        <source>Run #%1: %2.</source>
        <translation>Lauf #%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="412"/>
        <source>Override verification of run #%1</source>
        <translation>Verifizierung von Lauf #%1 übergehen</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="413"/>
        <source>The old key of %1 will be revoked without waiting for verification. Services still using it will fail.
Why is that acceptable? (required, at least a sentence; recorded in the audit log)</source>
        <translation>Der alte Schlüssel von %1 wird widerrufen, ohne auf die Verifizierung zu warten. Dienste, die ihn noch verwenden, werden fehlschlagen.
Warum ist das vertretbar? (Pflichtangabe, mindestens ein Satz; wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="430"/>
        <source>A written reason is required to override verification; nothing was changed.</source>
        <translation>Zum Übergehen der Verifizierung ist eine schriftliche Begründung erforderlich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="434"/>
        <source>Run #%1: verification was not overridden: %2</source>
        <translation>Lauf #%1: Die Verifizierung wurde nicht übergangen: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="438"/>
        <source>Verification of run #%1 overridden; revoking the old key…</source>
        <translation>Verifizierung von Lauf #%1 übergangen; der alte Schlüssel wird widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="445"/>
        <source>Verification of run #%1 was overridden, but advancing it failed: %2</source>
        <translation>Die Verifizierung von Lauf #%1 wurde übergangen, aber das Fortführen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="446"/>
        <source>Verification of run #%1 overridden (the reason is in the audit log); it is now %2.</source>
        <translation>Verifizierung von Lauf #%1 übergangen (die Begründung steht im Audit-Protokoll); Status jetzt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="460"/>
        <source>Advancing run #%1…</source>
        <translation>Lauf #%1 wird fortgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="465"/>
        <source>Run #%1 did not advance: %2</source>
        <translation>Lauf #%1 wurde nicht fortgeführt: %2</translation>
    </message>
</context>
<context>
    <name>keyturn::RowReader</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="174"/>
        <source>%1 must be text, not %2</source>
        <translation>%1 muss Text sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="185"/>
        <source>%1 must be a list of names, not %2</source>
        <translation>%1 muss eine Liste von Namen sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="185"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="203"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="349"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="219"/>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 muss true oder false sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="235"/>
        <source>%1 &apos;%2&apos; is not a duration such as 30d</source>
        <translation>%1 &apos;%2&apos; ist keine Dauer wie 30d</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="236"/>
        <source>%1 &apos;%2&apos; is not a duration such as 2h or 30m</source>
        <translation>%1 &apos;%2&apos; ist keine Dauer wie 2h oder 30m</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="248"/>
        <source>%1 &apos;%2&apos; must be whole days, such as 30d</source>
        <translation>%1 &apos;%2&apos; muss aus ganzen Tagen bestehen, etwa 30d</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="252"/>
        <source>%1 &apos;%2&apos; is longer than 100 years</source>
        <translation>%1 &apos;%2&apos; ist länger als 100 Jahre</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="265"/>
        <source>%1 &apos;%2&apos; is not one of low, medium, high, critical</source>
        <translation>%1 &apos;%2&apos; ist keiner der Werte low, medium, high, critical</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="278"/>
        <source>%1 &apos;%2&apos; is not held or issued</source>
        <translation>%1 &apos;%2&apos; ist weder held noch issued</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="289"/>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="299"/>
        <source>field &apos;%1&apos; looks like key material: Keyturn never stores keys, so it was ignored; remove it from the file</source>
        <translation>Feld &apos;%1&apos; sieht nach Schlüsselmaterial aus: Keyturn speichert nie Schlüssel, daher wurde es ignoriert; entfernen Sie es aus der Datei</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="303"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation>unbekanntes Feld &apos;%1&apos; wird ignoriert</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="321"/>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="367"/>
        <source>name is missing</source>
        <translation>name fehlt</translation>
    </message>
</context>
<context>
    <name>keyturn::RunProgressWidget</name>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="41"/>
        <source>Steps of the run</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="45"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="45"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="138"/>
        <source>done, %1 by %2</source>
        <translation>erledigt am %1 durch %2</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="141"/>
        <source>Run #%1 · %2 · %3 · started by %4, %5</source>
        <translation>Lauf #%1 · %2 · %3 · gestartet von %4 am %5</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="153"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="157"/>
        <source>current, since %1</source>
        <translation>aktuell, seit %1</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="158"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="162"/>
        <source>failed, %1</source>
        <translation>fehlgeschlagen am %1</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="165"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="166"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="185"/>
        <source>Completed %1.</source>
        <translation>Abgeschlossen am %1.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="187"/>
        <source>Rolled back %1: the vault holds the previous key again.</source>
        <translation>Zurückgerollt am %1: Der Vault enthält wieder den vorherigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="190"/>
        <source>Waiting for an operator: resume the run, or roll it back while the old key is valid.</source>
        <translation>Wartet auf einen Operator: Setzen Sie den Lauf fort oder rollen Sie ihn zurück, solange der alte Schlüssel gültig ist.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="195"/>
        <source>Waiting for %1.</source>
        <translation>Wartet auf: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="197"/>
        <source>Next step: %1.</source>
        <translation>Nächster Schritt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="199"/>
        <source>Grace period until %1.</source>
        <translation>Übergangsfrist bis %1.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="206"/>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="206"/>
        <source>(not yet known)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="208"/>
        <source>Old key: %1
New key: %2</source>
        <translation>Alter Schlüssel: %1
Neuer Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="210"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="216"/>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="219"/>
        <source>Select a run to see its steps, what it waits for and its keys&apos; fingerprints.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Schritte, seinen Wartegrund und die Fingerabdrücke seiner Schlüssel zu sehen.</translation>
    </message>
</context>
<context>
    <name>keyturn::RunsModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="24"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n Sek.</numerusform>
            <numerusform>vor %n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="26"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="28"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="29"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tg.</numerusform>
            <numerusform>vor %n Tg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="35"/>
        <source>in %n s</source>
        <translation>
            <numerusform>in %n Sek.</numerusform>
            <numerusform>in %n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="37"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="39"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="40"/>
        <source>in %n d</source>
        <translation>
            <numerusform>in %n Tg.</numerusform>
            <numerusform>in %n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="46"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="48"/>
        <source>scheduled</source>
        <translation>zeitgesteuert</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="50"/>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="52"/>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="54"/>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="90"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="91"/>
        <source>pre-checked</source>
        <translation>vorgeprüft</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="92"/>
        <source>new key created</source>
        <translation>neuer Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="93"/>
        <source>staged in vault</source>
        <translation>im Vault bereitgestellt</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="94"/>
        <source>grace period</source>
        <translation>Übergangsfrist</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="95"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="96"/>
        <source>old key revoked</source>
        <translation>alter Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="97"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="98"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="99"/>
        <source>rolling back</source>
        <translation>wird zurückgerollt</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="100"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="102"/>
        <source>notified</source>
        <translation>benachrichtigt</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="103"/>
        <source>awaiting migration</source>
        <translation>wartet auf Migration</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="104"/>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="118"/>
        <source>operator: resume or roll back</source>
        <translation>Operator: fortsetzen oder zurückrollen</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="120"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="124"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="150"/>
        <source>Finished %1</source>
        <translation>Beendet am %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="152"/>
        <source>Urgent: the old key was revoked without a grace period</source>
        <translation>Dringend: Der alte Schlüssel wurde ohne Übergangsfrist widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="193"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="194"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="195"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="196"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="197"/>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="198"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="199"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="200"/>
        <source>Next action</source>
        <translation>Nächste Aktion</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="201"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>keyturn::Scheduler</name>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="75"/>
        <source>%1 has no rotation time to count from</source>
        <translation>%1 hat keinen Rotationszeitpunkt, ab dem gezählt werden kann</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="80"/>
        <source>%1: the schedule &apos;%2&apos; is not valid: %3</source>
        <translation>%1: Der Zeitplan &apos;%2&apos; ist ungültig: %3</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="84"/>
        <source>%1: the schedule &apos;%2&apos; never occurs</source>
        <translation>%1: Der Zeitplan &apos;%2&apos; tritt nie ein</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="96"/>
        <source>every %n d</source>
        <translation>alle %n Tg.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="97"/>
        <source>cron %1 (UTC)</source>
        <translation>cron %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="274"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="285"/>
        <source>skipped: run #%1 failed and waits for an operator (keyturnctl runs resume %1, or runs rollback %1)</source>
        <translation>übersprungen: Lauf #%1 ist fehlgeschlagen und wartet auf einen Operator (keyturnctl runs resume %1 oder runs rollback %1)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="295"/>
        <source>skipped: an issued key rotates in a campaign with its consumers, which an operator opens (keyturnctl rotate %1); the scheduler never starts campaigns</source>
        <translation>übersprungen: Ein ausgegebener Schlüssel wird in einer Kampagne mit seinen Konsumenten rotiert, die ein Operator eröffnet (keyturnctl rotate %1); der Zeitplaner startet nie Kampagnen</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="304"/>
        <source>skipped: due by its %1-day policy, but not scheduled for automatic rotation (give it a cron schedule or the label %2, or rotate it: keyturnctl rotate %3)</source>
        <translation>übersprungen: laut seiner %1-Tage-Richtlinie fällig, aber nicht für die automatische Rotation eingeplant (geben Sie ihm einen Cron-Zeitplan oder das Label %2, oder rotieren Sie ihn: keyturnctl rotate %3)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="314"/>
        <source>skipped: %1 cannot hold two keys at once, so rotating means an outage window that an operator must accept (keyturnctl rotate %2 --accept-single-key)</source>
        <translation>übersprungen: %1 kann nicht zwei Schlüssel gleichzeitig halten; Rotieren bedeutet daher ein Ausfallfenster, das ein Operator akzeptieren muss (keyturnctl rotate %2 --accept-single-key)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="335"/>
        <source>deferred: inside the blackout window %1, until %2 UTC</source>
        <translation>zurückgestellt: innerhalb des Sperrzeitraums %1, bis %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="351"/>
        <source>deferred: shares %1 with %2, which is still rotating</source>
        <translation>zurückgestellt: teilt %1 mit %2, dessen Rotation noch läuft</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="352"/>
        <source>deferred: shares %1 with %2</source>
        <translation>zurückgestellt: teilt %1 mit %2</translation>
    </message>
</context>
<context>
    <name>keyturn::Screenshot</name>
    <message>
        <location filename="../ui/Screenshot.cpp" line="16"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/Screenshot.cpp" line="19"/>
        <source>cannot write the screenshot %1</source>
        <translation>der Screenshot %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>keyturn::SettingsView</name>
    <message>
        <location filename="../ui/SettingsView.cpp" line="36"/>
        <source>Platform URL</source>
        <translation>Plattform-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="37"/>
        <source>Vault URL</source>
        <translation>Vault-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="38"/>
        <source>Vault mount</source>
        <translation>Vault-Mount</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="39"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="39"/>
        <source>Vault namespace</source>
        <translation>Vault-Namespace</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="42"/>
        <source>Mail transport</source>
        <translation>Mail-Transport</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="43"/>
        <source>None: notices are not sent from here</source>
        <translation>Keiner: Mitteilungen werden nicht von hier gesendet</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="44"/>
        <source>HTTP mail API</source>
        <translation>HTTP-Mail-API</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="45"/>
        <source>SMTP relay</source>
        <translation>SMTP-Relay</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="46"/>
        <source>Mail API URL</source>
        <translation>Mail-API-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="47"/>
        <source>SMTP URL</source>
        <translation>SMTP-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="48"/>
        <source>(no login)</source>
        <translation>(ohne Anmeldung)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="48"/>
        <source>SMTP user</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="49"/>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="50"/>
        <source>(system roots only)</source>
        <translation>(nur Stammzertifikate des Systems)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="50"/>
        <location filename="../ui/SettingsView.cpp" line="53"/>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="51"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="54"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="62"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="65"/>
        <source>&amp;Platform admin API:</source>
        <translation>&amp;Plattform-Admin-API:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="67"/>
        <source>Vault &amp;mount:</source>
        <translation>Vault-M&amp;ount:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="68"/>
        <source>Vault &amp;namespace:</source>
        <translation>Vault-&amp;Namespace:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="70"/>
        <source>Mail &amp;API URL:</source>
        <translation>Mail-API-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="72"/>
        <source>SMTP &amp;user:</source>
        <translation>SMTP-&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="66"/>
        <source>Vau&amp;lt address:</source>
        <translation>&amp;Vault-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="69"/>
        <source>Ma&amp;il transport:</source>
        <translation>&amp;Mail-Transport:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="71"/>
        <source>SMTP U&amp;RL:</source>
        <translation>SMTP-UR&amp;L:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="73"/>
        <source>Sen&amp;der:</source>
        <translation>Absende&amp;r:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="74"/>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="78"/>
        <source>Tokens (kept in the OS keychain, never in the workspace)</source>
        <translation>Tokens (im Schlüsselbund des Betriebssystems, nie im Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="80"/>
        <source>Platform token:</source>
        <translation>Plattform-Token:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="81"/>
        <source>Vault token:</source>
        <translation>Vault-Token:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="82"/>
        <source>Mail API token:</source>
        <translation>Mail-API-Token:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="83"/>
        <source>SMTP password:</source>
        <translation>SMTP-Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="89"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="101"/>
        <source>&amp;Save</source>
        <translation>Sp&amp;eichern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="103"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="115"/>
        <source>Connection test results</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="117"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="117"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="117"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="124"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="196"/>
        <source>from the keychain, if stored</source>
        <translation>aus dem Schlüsselbund, falls gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="197"/>
        <source>from %1 (environment), which wins over the keychain</source>
        <translation>aus %1 (Umgebung); hat Vorrang vor dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="211"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="225"/>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="242"/>
        <source>Profile saved; tokens stored in the keychain.</source>
        <translation>Profil gespeichert; Tokens im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="244"/>
        <source>Profile saved, but: %1</source>
        <translation>Profil gespeichert, aber: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="259"/>
        <source>Name at least one service to test.</source>
        <translation>Geben Sie mindestens einen Dienst zum Testen an.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="271"/>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="287"/>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="287"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="287"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsView.cpp" line="298"/>
        <source>%n service(s) did not answer as expected.</source>
        <translation>
            <numerusform>%n Dienst hat nicht wie erwartet geantwortet.</numerusform>
            <numerusform>%n Dienste haben nicht wie erwartet geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="302"/>
        <source>Every configured service answered.</source>
        <translation>Alle konfigurierten Dienste haben geantwortet.</translation>
    </message>
</context>
<context>
    <name>keyturn::Shortcuts</name>
    <message>
        <location filename="../ui/Shortcuts.cpp" line="62"/>
        <source>%1 (%2)</source>
        <extracomment>A tooltip followed by the keyboard shortcut that does the same, e.g. &quot;Rotate the selected key (Ctrl+R)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>keyturn::SmtpTransport</name>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="353"/>
        <source>no mail server is set: give an smtp:// or smtps:// URL</source>
        <translation>kein Mailserver festgelegt: Geben Sie eine smtp://- oder smtps://-URL an</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="357"/>
        <source>the mail server URL holds a user name or password: put them in their own settings</source>
        <translation>die Mailserver-URL enthält einen Benutzernamen oder ein Passwort: Tragen Sie diese in die dafür vorgesehenen Einstellungen ein</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="361"/>
        <source>the mail server URL &quot;%1&quot; is not of the form smtp://host:port or smtps://host:port</source>
        <translation>die Mailserver-URL &quot;%1&quot; hat nicht die Form smtp://host:port oder smtps://host:port</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="367"/>
        <source>implicit TLS needs an smtps:// URL, not &quot;%1&quot;</source>
        <translation>implizites TLS erfordert eine smtps://-URL, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="371"/>
        <source>STARTTLS needs an smtp:// URL; for &quot;%1&quot; choose implicit TLS</source>
        <translation>STARTTLS erfordert eine smtp://-URL; wählen Sie für &quot;%1&quot; implizites TLS</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="375"/>
        <source>mail without TLS needs an smtp:// URL, not &quot;%1&quot;</source>
        <translation>Mail ohne TLS erfordert eine smtp://-URL, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="377"/>
        <source>refusing to send mail in clear to %1: TLS mode &quot;none&quot; is allowed only for a mail server on this machine (loopback); use STARTTLS or implicit TLS</source>
        <translation>Mail an %1 wird nicht unverschlüsselt gesendet: Der TLS-Modus &quot;none&quot; ist nur für einen Mailserver auf diesem Rechner (Loopback) zulässig; verwenden Sie STARTTLS oder implizites TLS</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="383"/>
        <source>a mail server password is set without a user name</source>
        <translation>ein Mailserver-Passwort ist ohne Benutzernamen gesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="385"/>
        <source>the mail server user name contains a line break</source>
        <translation>der Benutzername für den Mailserver enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="389"/>
        <source>cannot read the CA bundle %1</source>
        <translation>das CA-Bundle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="392"/>
        <source>the mail timeout must be positive</source>
        <translation>das Mail-Timeout muss positiv sein</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="408"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="441"/>
        <source>no complete answer from the mail server %1 in time (%2)</source>
        <translation>keine vollständige Antwort vom Mailserver %1 in der vorgegebenen Zeit (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="444"/>
        <source>cannot find the mail server %1 (%2)</source>
        <translation>der Mailserver %1 wurde nicht gefunden (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="446"/>
        <source>cannot connect to the mail server %1 (%2)</source>
        <translation>keine Verbindung zum Mailserver %1 möglich (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="449"/>
        <source>the mail server %1 does not offer STARTTLS, and Keyturn does not send mail in clear</source>
        <translation>der Mailserver %1 bietet kein STARTTLS an, und Keyturn sendet keine Mail unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="463"/>
        <source>TLS with the mail server %1 failed: %2</source>
        <translation>TLS mit dem Mailserver %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="467"/>
        <source>the mail server %1 did not accept the user name and password: %2</source>
        <translation>der Mailserver %1 hat Benutzername und Passwort nicht akzeptiert: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="469"/>
        <source>sending to the mail server %1 was cancelled</source>
        <translation>das Senden an den Mailserver %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="473"/>
        <source>cannot send to the mail server %1: %2</source>
        <translation>Senden an den Mailserver %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="479"/>
        <source>the mail server %1 refused a recipient: %2</source>
        <translation>der Mailserver %1 hat einen Empfänger abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="481"/>
        <source>the mail server %1 refused the sender: %2</source>
        <translation>der Mailserver %1 hat den Absender abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="482"/>
        <source>the mail server %1 refused the message: %2</source>
        <translation>der Mailserver %1 hat die Nachricht abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="484"/>
        <source>the connection to the mail server %1 failed (%2)</source>
        <translation>die Verbindung zum Mailserver %1 ist fehlgeschlagen (%2)</translation>
    </message>
</context>
<context>
    <name>keyturn::TeamRoles</name>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="56"/>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="63"/>
        <source>no Keyturn role</source>
        <translation>keine Keyturn-Rolle</translation>
    </message>
</context>
<context>
    <name>keyturn::TlsSettings</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="55"/>
        <source>cannot read the CA bundle %1: %2</source>
        <translation>das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="59"/>
        <source>the CA bundle %1 holds no PEM certificate</source>
        <translation>das CA-Bundle %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>keyturn::TokenStore</name>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="39"/>
        <source>platform token</source>
        <translation>Plattform-Token</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="40"/>
        <source>vault token</source>
        <translation>Vault-Token</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="41"/>
        <source>mail API token</source>
        <translation>Mail-API-Token</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="42"/>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="73"/>
        <source>read the %1</source>
        <translation>das %1 lesen</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="88"/>
        <source>store the %1</source>
        <translation>das %1 speichern</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="102"/>
        <source>remove the %1</source>
        <translation>das %1 entfernen</translation>
    </message>
</context>
<context>
    <name>keyturn::UnauthorizedChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="505"/>
        <source>Old key</source>
        <translation>Alter Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="505"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="516"/>
        <source>The rotation runs could not be read: %1</source>
        <translation>Die Rotationsläufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="530"/>
        <source>The keys of %1 could not be read: %2</source>
        <translation>Die Schlüssel von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="545"/>
        <source>No rotation is running</source>
        <translation>Derzeit läuft keine Rotation</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="554"/>
        <source>%1, run #%2 (%3)</source>
        <translation>%1, Lauf #%2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="556"/>
        <source>401s: %1 with the old key, %2 with the new key</source>
        <translation>401-Antworten: %1 mit dem alten Schlüssel, %2 mit dem neuen Schlüssel</translation>
    </message>
</context>
<context>
    <name>keyturn::UpcomingRotationsChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Held keys</source>
        <translation>Verwaltete Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Issued keys</source>
        <translation>Ausgegebene Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="323"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="370"/>
        <source>%n key(s) overdue</source>
        <translation>
            <numerusform>%n Schlüssel überfällig</numerusform>
            <numerusform>%n Schlüssel überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="371"/>
        <source>%n held key(s) due in the week of %1</source>
        <translation>
            <numerusform>%n verwalteter Schlüssel fällig in der Woche ab %1</numerusform>
            <numerusform>%n verwaltete Schlüssel fällig in der Woche ab %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="372"/>
        <source>%n issued key(s) due in the week of %1</source>
        <translation>
            <numerusform>%n ausgegebener Schlüssel fällig in der Woche ab %1</numerusform>
            <numerusform>%n ausgegebene Schlüssel fällig in der Woche ab %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="374"/>
        <source>Click to open the most overdue: %1 (due %2)</source>
        <translation>Klicken, um den am längsten überfälligen zu öffnen: %1 (fällig am %2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="375"/>
        <source>Click to open the first due: %1 (due %2)</source>
        <translation>Klicken, um den als Erstes fälligen zu öffnen: %1 (fällig am %2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="381"/>
        <source>Every key is being rotated right now</source>
        <translation>Alle Schlüssel werden gerade rotiert</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="381"/>
        <source>No key to rotate in the inventory yet</source>
        <translation>Noch kein zu rotierender Schlüssel im Inventar</translation>
    </message>
</context>
<context>
    <name>keyturn::VaultClient</name>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="66"/>
        <source>no vault token: set KEYTURN_VAULT_TOKEN or store one in the keychain</source>
        <translation>kein Vault-Token: Setzen Sie KEYTURN_VAULT_TOKEN oder legen Sie eines im Schlüsselbund ab</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="84"/>
        <source>a seal state</source>
        <translation>einen Versiegelungsstatus</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="108"/>
        <source>data and metadata.version for %1</source>
        <translation>data und metadata.version für %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="130"/>
        <source>vault: %1 was changed by another writer (check-and-set version did not match); nothing was written</source>
        <translation>Vault: %1 wurde von einem anderen Schreibvorgang geändert (die Check-and-Set-Version stimmte nicht überein); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="140"/>
        <source>the new version of %1</source>
        <translation>die neue Version von %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="156"/>
        <source>current_version for %1</source>
        <translation>current_version für %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="197"/>
        <source>capabilities for %1</source>
        <translation>capabilities für %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="213"/>
        <source>token data</source>
        <translation>Token-Daten</translation>
    </message>
</context>
<context>
    <name>keyturn::Workspace</name>
    <message>
        <location filename="../app/core/Workspace.cpp" line="34"/>
        <source>No acting identity: name one with --actor.</source>
        <translation>Keine handelnde Identität: Geben Sie eine mit --actor an.</translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="173"/>
        <source>the stored connection profile &apos;%1&apos; is damaged (%2); set it again with &apos;keyturnctl profile set&apos;</source>
        <translation>das gespeicherte Verbindungsprofil &apos;%1&apos; ist beschädigt (%2); legen Sie es mit &apos;keyturnctl profile set&apos; neu fest</translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="178"/>
        <source>the stored connection profile &apos;%1&apos; is not valid: %2</source>
        <translation>das gespeicherte Verbindungsprofil &apos;%1&apos; ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="293"/>
        <source>The alert check stopped unexpectedly.</source>
        <translation>Die Warnungsprüfung wurde unerwartet beendet.</translation>
    </message>
</context>
<context>
    <name>keyturn::WorkspaceStore</name>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="194"/>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="224"/>
        <source>a credential named %1 already exists; nothing was added</source>
        <translation>ein Schlüssel namens %1 existiert bereits; es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="276"/>
        <source>%1 was changed by someone else since it was read; your change was not saved. Reload and try again.</source>
        <translation>%1 wurde seit dem Lesen von jemand anderem geändert; Ihre Änderung wurde nicht gespeichert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="328"/>
        <source>there is no credential with id %1</source>
        <translation>es gibt keinen Schlüssel mit der ID %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="345"/>
        <source>there is no credential named %1</source>
        <translation>es gibt keinen Schlüssel namens %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="443"/>
        <source>a key version needs a fingerprint of the form sha256: and 16 hex digits; nothing was added (the value given is not repeated here in case it is a key)</source>
        <translation>eine Schlüsselversion benötigt einen Fingerabdruck der Form sha256: mit 16 Hexadezimalziffern; es wurde nichts hinzugefügt (der angegebene Wert wird hier nicht wiederholt, falls es ein Schlüssel ist)</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="495"/>
        <source>cannot add key version %1: %2</source>
        <translation>Schlüsselversion %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="520"/>
        <source>there is no key version with id %1</source>
        <translation>es gibt keine Schlüsselversion mit der ID %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="583"/>
        <source>a consumer needs an id and a name</source>
        <translation>ein Konsument benötigt eine ID und einen Namen</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="720"/>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="822"/>
        <source>there is no rotation run %1</source>
        <translation>es gibt keinen Rotationslauf %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="848"/>
        <source>%1 is already being rotated by run #%2 (started by %3, now %4); nothing was started</source>
        <translation>%1 wird bereits von Lauf #%2 rotiert (gestartet von %3, Status: %4); es wurde nichts gestartet</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="882"/>
        <source>%1 is already being rotated by another client; nothing was started</source>
        <translation>%1 wird bereits von einem anderen Client rotiert; es wurde nichts gestartet</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="924"/>
        <source>run %1 was moved on by another process (it is no longer %2); this step did nothing</source>
        <translation>Lauf %1 wurde von einem anderen Prozess weitergeführt (sein Status ist nicht mehr %2); dieser Schritt hat nichts bewirkt</translation>
    </message>
</context>
<context>
    <name>keyturn::alertrules</name>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="150"/>
        <source>%1: the key in use since %2 is older than %3× its %4-day rotation interval (since %5)</source>
        <translation>%1: Der seit %2 verwendete Schlüssel ist älter als das %3-Fache seines Rotationsintervalls von %4 Tagen (seit %5)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="166"/>
        <source>%1: rotation overdue since %2</source>
        <translation>%1: Rotation überfällig seit %2</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="171"/>
        <source>%1: rotation due on %2</source>
        <translation>%1: Rotation fällig am %2</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="185"/>
        <source>%1: unused since %2</source>
        <translation>%1: ungenutzt seit %2</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="186"/>
        <source>%1: never seen in use since it became current on %2</source>
        <translation>%1: seit der Aktivierung am %2 nie in Verwendung gesehen</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="189"/>
        <source> (potentially stale: %1 days or more)</source>
        <translation> (möglicherweise verwaist: %1 Tage oder mehr)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="191"/>
        <source> (possible stale deployment)</source>
        <translation> (möglicherweise verwaistes Deployment)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="199"/>
        <source>%1: rotation run #%2 failed</source>
        <translation>%1: Rotationslauf #%2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="200"/>
        <source>%1: rotation run #%2 failed: %3</source>
        <translation>%1: Rotationslauf #%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="226"/>
        <source>%1: the old key (v%2) was used at %3, after the grace period of run #%4 ended at %5</source>
        <translation>%1: Der alte Schlüssel (v%2) wurde am %3 verwendet, nachdem die Übergangsfrist von Lauf #%4 am %5 endete</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="256"/>
        <source>%1: %2 refused (401) requests since run #%3 began (%4), more than %5× the rate before it (%6 expected)</source>
        <translation>%1: %2 abgelehnte (401) Anfragen seit Beginn von Lauf #%3 (%4), mehr als das %5-Fache der vorherigen Rate (%6 erwartet)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="273"/>
        <source>%1: revoked key v%2 (%3) was tried after its revocation</source>
        <translation>%1: Nutzungsversuch mit dem widerrufenen Schlüssel v%2 (%3) nach dessen Widerruf</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="278"/>
        <source>: %n refused request(s)</source>
        <translation>: %n abgelehnte Anfrage(n)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="280"/>
        <source> (last use %1)</source>
        <translation> (letzte Verwendung %1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>Keyturn: rotate API keys without breaking the integrations that use them.</source>
        <translation>Keyturn: API-Schlüssel rotieren, ohne die Integrationen zu unterbrechen, die sie verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="128"/>
        <source>Build a fresh demo workspace and open it.</source>
        <translation>Einen neuen Demo-Arbeitsbereich erstellen und öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="131"/>
        <source>The workspace to open: a file, or a team workspace&apos;s address (postgresql://user@host:port/database).</source>
        <translation>Der zu öffnende Arbeitsbereich: eine Datei oder die Adresse eines Team-Arbeitsbereichs (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="135"/>
        <source>Who acts (default: the OS user).</source>
        <translation>Wer handelt (Standard: der Benutzer des Betriebssystems).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="138"/>
        <source>Render a view to a PNG file and exit.</source>
        <translation>Eine Ansicht als PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="142"/>
        <source>The view to show: %1 (default: the view the window was closed on; dashboard for a screenshot).</source>
        <translation>Die anzuzeigende Ansicht: %1 (Standard: die Ansicht, die beim Schließen des Fensters angezeigt wurde; bei einem Screenshot dashboard).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>Seed of the demo world (default 42).</source>
        <translation>Seed der Demo-Welt (Standard: 42).</translation>
    </message>
</context>
</TS>
