<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Le bac à sable de la démo n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="259"/>
        <source>The demo could not sync from its sandbox: %1</source>
        <translation>La démo n&apos;a pas pu se synchroniser avec son bac à sable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyturn</name>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="98"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="102"/>
        <source>a rotation is running</source>
        <translation>une rotation est en cours</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="108"/>
        <source>age %1 d, policy %2 d</source>
        <translation>âge %1 j, politique %2 j</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="110"/>
        <source> (above %1× the interval)</source>
        <translation> (au-delà de %1× l&apos;intervalle)</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="113"/>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="120"/>
        <source>rotation due in %1 d</source>
        <translation>rotation à échéance dans %1 j</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="131"/>
        <source>unused for %1 d</source>
        <translation>inutilisée depuis %1 j</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="132"/>
        <source>never used in %1 d</source>
        <translation>jamais utilisée en %1 j</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="135"/>
        <source> (potentially stale)</source>
        <translation> (peut-être abandonnée)</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="138"/>
        <source> (possible stale deployment)</source>
        <translation> (déploiement peut-être inutilisé)</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="33"/>
        <source>a credential needs a name</source>
        <translation>une clé doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="35"/>
        <source>credential %1 needs a provider</source>
        <translation>la clé %1 doit avoir un fournisseur</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="37"/>
        <source>credential %1 needs an environment</source>
        <translation>la clé %1 doit avoir un environnement</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="39"/>
        <source>credential %1: the rotation interval must be at least one day</source>
        <translation>clé %1&#xa0;: l&apos;intervalle de rotation doit être d&apos;au moins un jour</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="41"/>
        <source>credential %1: the grace period cannot be negative</source>
        <translation>clé %1&#xa0;: la période de grâce ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="43"/>
        <source>credential %1: criticality must be low, medium, high or critical, not &apos;%2&apos;</source>
        <translation>clé %1&#xa0;: la criticité doit être low, medium, high ou critical, et non &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="47"/>
        <source>credential %1: the schedule &apos;%2&apos; is not a valid cron expression: %3</source>
        <translation>clé %1&#xa0;: la planification &apos;%2&apos; n&apos;est pas une expression cron valide&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="21"/>
        <source>%1: &apos;%2&apos; is not an http:// or https:// URL</source>
        <translation>%1&#xa0;: &apos;%2&apos; n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="23"/>
        <source>%1: put no user name or password in the URL; tokens come from the keychain or the environment</source>
        <translation>%1&#xa0;: ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;URL&#xa0;; les jetons proviennent du trousseau ou de l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="29"/>
        <source>%1: plain http is only allowed to this machine (loopback); use https for %2</source>
        <translation>%1&#xa0;: le http en clair n&apos;est autorisé que vers cette machine (boucle locale)&#xa0;; utilisez https pour %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="25"/>
        <source>the platform answered without %1</source>
        <translation>il manque %1 dans la réponse de la plateforme</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="18"/>
        <source>the OS keychain could not %1 (%2); set %3 instead, or unlock a Secret Service keychain</source>
        <translation>le trousseau du système n&apos;a pas pu %1 (%2)&#xa0;; définissez plutôt %3, ou déverrouillez un trousseau Secret Service</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="24"/>
        <source>vault answered without %1</source>
        <translation>il manque %1 dans la réponse du coffre</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="24"/>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="24"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="275"/>
        <source>subject: the subject is empty</source>
        <translation>objet&#xa0;: l&apos;objet est vide</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="277"/>
        <source>subject: the subject must be a single line</source>
        <translation>objet&#xa0;: l&apos;objet doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="279"/>
        <source>the body is empty</source>
        <translation>le corps du message est vide</translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="90"/>
        <source>a quote inside an unquoted cell; quote the whole cell and double the quote (&quot;say &quot;&quot;hi&quot;&quot;&quot;)</source>
        <translation>un guillemet dans une cellule sans guillemets&#xa0;; entourez toute la cellule de guillemets et doublez le guillemet (&quot;dites &quot;&quot;bonjour&quot;&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="103"/>
        <source>text after the closing quote of a cell; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation>du texte après le guillemet fermant d&apos;une cellule&#xa0;; dans une cellule entre guillemets, un guillemet s&apos;écrit deux fois (&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/Csv.cpp" line="113"/>
        <source>a quoted cell starts here and is never closed</source>
        <translation>une cellule entre guillemets commence ici et n&apos;est jamais fermée</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="195"/>
        <source>the audit log&apos;s head record is missing (the log was tampered with); nothing was exported</source>
        <translation>l&apos;enregistrement de tête du journal d&apos;audit est manquant (le journal a été falsifié)&#xa0;; rien n&apos;a été exporté</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="233"/>
        <source>the export was cancelled after %1 events</source>
        <translation>l&apos;export a été annulé après %1 événements</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="248"/>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="259"/>
        <location filename="../app/core/importer/InventoryExport.cpp" line="47"/>
        <source>cannot write %1: %2; nothing was exported</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2&#xa0;; rien n&apos;a été exporté</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="263"/>
        <source>; %1 was left as it was</source>
        <translation>; %1 n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="266"/>
        <source>cannot write %1: %2; it was left as it was</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="540"/>
        <location filename="../app/core/audit/AuditExport.cpp" line="625"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="83"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="86"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="546"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="574"/>
        <source>event #%1 (line %2) does not match its hash: it was altered</source>
        <translation>l&apos;événement #%1 (ligne %2) ne correspond pas à son hachage&#xa0;: il a été modifié</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="579"/>
        <source>event #1 (line %1) does not start from the genesis hash</source>
        <translation>l&apos;événement #1 (ligne %1) ne part pas du hachage de genèse</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="583"/>
        <source>event #%1 (line %2) comes after #%3: rows are out of order</source>
        <translation>l&apos;événement #%1 (ligne %2) vient après #%3&#xa0;: les lignes sont dans le désordre</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="588"/>
        <source>event #%1 (line %2) does not follow event #%3: one of them was altered and its hash recomputed, or rows were replaced</source>
        <translation>l&apos;événement #%1 (ligne %2) ne suit pas l&apos;événement #%3&#xa0;: l&apos;un d&apos;eux a été modifié et son hachage recalculé, ou des lignes ont été remplacées</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="610"/>
        <source>event #%1 lies beyond the head #%2 the export ends with</source>
        <translation>l&apos;événement #%1 se situe au-delà de la tête #%2 sur laquelle se termine l&apos;export</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="612"/>
        <source>the head line does not match event #%1: the file was altered</source>
        <translation>la ligne de tête ne correspond pas à l&apos;événement #%1&#xa0;: le fichier a été modifié</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="614"/>
        <source>the head line of an empty log must carry the genesis hash</source>
        <translation>la ligne de tête d&apos;un journal vide doit porter le hachage de genèse</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryExport.cpp" line="50"/>
        <source>cannot write %1: %2; any file that was there is unchanged</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2&#xa0;; tout fichier déjà présent reste inchangé</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="138"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="139"/>
        <source>a mapping</source>
        <translation>un mappage</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="140"/>
        <source>nothing</source>
        <translation>une valeur vide</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="143"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="410"/>
        <source>%1 must be a list of entries (&quot;- name: ...&quot;)</source>
        <translation>%1 doit être une liste d&apos;entrées (&quot;- name: ...&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="417"/>
        <source>each entry of %1 must be a mapping of fields (name: ..., provider: ...)</source>
        <translation>chaque entrée de %1 doit être un mappage de champs (name: ..., provider: ...)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="425"/>
        <source>a field name must be text</source>
        <translation>un nom de champ doit être du texte</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="537"/>
        <source>the %1 field has an empty list item</source>
        <translation>le champ %1 contient un élément de liste vide</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="545"/>
        <source>the %1 field has a bad step &apos;%2&apos;</source>
        <translation>le champ %1 contient un pas invalide &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="553"/>
        <source>the %1 field &apos;%2&apos; is not a number</source>
        <translation>dans le champ %1, &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="557"/>
        <source>the %1 field &apos;%2&apos; is outside %3-%4</source>
        <translation>dans le champ %1, &apos;%2&apos; est hors de l&apos;intervalle %3-%4</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="559"/>
        <source>the %1 field&apos;s range &apos;%2&apos; runs backwards</source>
        <translation>dans le champ %1, la plage &apos;%2&apos; est à l&apos;envers</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="93"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="95"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="97"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="104"/>
        <source>Key too old</source>
        <translation>Clé trop ancienne</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="106"/>
        <source>Rotation due</source>
        <translation>Rotation à échéance</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="108"/>
        <source>Rotation failed</source>
        <translation>Échec de la rotation</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="110"/>
        <source>Old key used after grace</source>
        <translation>Ancienne clé utilisée après la période de grâce</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="112"/>
        <source>401s during rotation</source>
        <translation>Erreurs 401 pendant la rotation</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="114"/>
        <source>Revoked key tried</source>
        <translation>Tentative avec une clé révoquée</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="116"/>
        <source>Key unused</source>
        <translation>Clé inutilisée</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="118"/>
        <source>Potentially stale</source>
        <translation>Abandon possible</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="120"/>
        <source>Old key still used</source>
        <translation>Ancienne clé encore utilisée</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="96"/>
        <source>a blackout window needs a start and an end time (ISO 8601, UTC)</source>
        <translation>une période de gel doit avoir une heure de début et une heure de fin (ISO 8601, UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="99"/>
        <source>the blackout window ends (%1) before it starts (%2)</source>
        <translation>la période de gel se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="104"/>
        <source>a weekly blackout window needs a weekday from 0 (Sunday) to 7 (Sunday), not %1</source>
        <translation>une période de gel hebdomadaire doit avoir un jour de la semaine de 0 (dimanche) à 7 (dimanche), et non %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="106"/>
        <source>a weekly blackout window needs &apos;from&apos; and &apos;to&apos; times (HH:mm, UTC)</source>
        <translation>une période de gel hebdomadaire doit avoir des heures &apos;from&apos; et &apos;to&apos; (HH:mm, UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="115"/>
        <source>the blackout windows are not a JSON array: %1</source>
        <translation>les périodes de gel ne sont pas un tableau JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="133"/>
        <source>blackout window %1: %2</source>
        <translation>période de gel %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="156"/>
        <source>the stored blackout windows cannot be read: %1</source>
        <translation>les périodes de gel enregistrées ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Blackout.cpp" line="164"/>
        <source>blackout window %1: %2; the blackout windows were left as they were</source>
        <translation>période de gel %1&#xa0;: %2&#xa0;; les périodes de gel n&apos;ont pas été modifiées</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="33"/>
        <source>field %1 (%2)</source>
        <translation>champ %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="44"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1&#xa0;: &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="45"/>
        <source>%1: &apos;%2&apos; is not a number or a name (%3)</source>
        <translation>%1&#xa0;: &apos;%2&apos; n&apos;est ni un nombre ni un nom (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="51"/>
        <source>%1: %2 is out of %3-%4</source>
        <translation>%1&#xa0;: %2 est hors de l&apos;intervalle %3-%4</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="62"/>
        <source>%1: &apos;%2&apos; has an empty list item</source>
        <translation>%1&#xa0;: &apos;%2&apos; contient un élément de liste vide</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="72"/>
        <source>%1: the step in &apos;%2&apos; must be a whole number of at least 1</source>
        <translation>%1&#xa0;: le pas dans &apos;%2&apos; doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="88"/>
        <source>%1: the range %2 runs backwards</source>
        <translation>%1&#xa0;: la plage %2 est à l&apos;envers</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="96"/>
        <location filename="../app/core/audit/AuditQuery.cpp" line="100"/>
        <source>cannot read the audit log: %1</source>
        <translation>impossible de lire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="218"/>
        <source>there is no key named or numbered &apos;%1&apos;</source>
        <translation>aucune clé ne porte le nom ou le numéro &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="439"/>
        <source>there is no audit event #%1</source>
        <translation>il n&apos;existe pas d&apos;événement d&apos;audit #%1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="235"/>
        <source>sign-off of rotation run %1 (%2)</source>
        <translation>validation de l&apos;exécution de rotation %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="239"/>
        <source>verification override, run %1 (%2)</source>
        <translation>dérogation à la vérification, exécution %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="246"/>
        <source>old key revoked by rotation run %1</source>
        <translation>ancienne clé révoquée par l&apos;exécution de rotation %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="255"/>
        <source>key version revoked</source>
        <translation>version de clé révoquée</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="263"/>
        <source>credential revoked: %1</source>
        <translation>clé révoquée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="266"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="269"/>
        <source>notice %1 (%2)</source>
        <translation>avis %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="314"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="316"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="338"/>
        <source>## What rotated, and when

Rotation runs with events in the period, by run. *State* is the last state the period recorded (`completed`: the new key is in use and the old one revoked).

</source>
        <translation>## Rotations effectuées, et quand

Exécutions de rotation ayant des événements dans la période, par exécution. *État* est le dernier état enregistré dans la période (`completed`&#xa0;: la nouvelle clé est utilisée et l&apos;ancienne révoquée).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>started by</source>
        <translation>lancée par</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>when</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="340"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <source>old fingerprint</source>
        <translation>ancienne empreinte</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <source>new fingerprint</source>
        <translation>nouvelle empreinte</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="341"/>
        <source>acted</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="342"/>
        <source>No rotation ran in the period.</source>
        <translation>Aucune rotation n&apos;a eu lieu dans la période.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="343"/>
        <source>
Key versions recorded in the period (by a rotation, a sync with the provider, or an import):

</source>
        <translation>
Versions de clé enregistrées dans la période (par une rotation, une synchronisation avec le fournisseur ou un import)&#xa0;:

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="344"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="345"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="351"/>
        <source>## Approvals

Every approval of a notice (four-eyes: its author cannot approve it), owner sign-off of a rotation, and written override of verification in the period.

</source>
        <translation>## Approbations

Chaque approbation d&apos;un avis (principe des quatre yeux&#xa0;: son auteur ne peut pas l&apos;approuver), validation d&apos;une rotation par le responsable et dérogation écrite à la vérification dans la période.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>what</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>approved by</source>
        <translation>approuvé par</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>consumer</source>
        <translation>consommateur</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="353"/>
        <source>note or reason</source>
        <translation>note ou motif</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="354"/>
        <source>No approvals in the period.</source>
        <translation>Aucune approbation dans la période.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="355"/>
        <source>
Rejected notices:

</source>
        <translation>
Avis rejetés&#xa0;:

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>notice</source>
        <translation>avis</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>rejected by</source>
        <translation>rejeté par</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="356"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="362"/>
        <source>## Notices sent

Every notice delivered to a consumer in the period.

</source>
        <translation>## Avis envoyés

Chaque avis remis à un consommateur dans la période.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="363"/>
        <source>message id</source>
        <translation>identifiant du message</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="364"/>
        <source>No notices were sent in the period.</source>
        <translation>Aucun avis n&apos;a été envoyé dans la période.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="370"/>
        <source>## Revocations

Every key revoked in the period, by a rotation or by hand.

</source>
        <translation>## Révocations

Chaque clé révoquée dans la période, par une rotation ou manuellement.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="371"/>
        <source>how</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="372"/>
        <source>No keys were revoked in the period.</source>
        <translation>Aucune clé n&apos;a été révoquée dans la période.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="378"/>
        <source>## Keys overdue at the period&apos;s end (%1)

Keys whose current key at that moment was older than their rotation interval (Keyturn&apos;s status rules: *overdue* at the interval, *overdue (critical)* above 1.5 times it).

</source>
        <translation>## Clés en retard à la fin de la période (%1)

Clés dont la clé en vigueur à ce moment était plus ancienne que leur intervalle de rotation (règles de statut de Keyturn&#xa0;: *en retard* dès l&apos;intervalle atteint, *en retard (critique)* au-delà de 1,5 fois celui-ci).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>interval</source>
        <translation>intervalle</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="382"/>
        <source>current since</source>
        <translation>en vigueur depuis</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="383"/>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="383"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="384"/>
        <source>No key was overdue at the period&apos;s end.</source>
        <translation>Aucune clé n&apos;était en retard à la fin de la période.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="401"/>
        <source>SOC 2 — CC6.1 Logical access security</source>
        <translation>SOC 2 — CC6.1 Sécurité des accès logiques</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="402"/>
        <source>The entity implements logical access security over protected information assets: credentials that grant access are managed through their life, replaced, and removed when no longer needed.</source>
        <translation>L&apos;entité met en œuvre une sécurité des accès logiques sur les actifs informationnels protégés&#xa0;: les identifiants qui donnent accès sont gérés tout au long de leur cycle de vie, remplacés, et supprimés lorsqu&apos;ils ne sont plus nécessaires.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="404"/>
        <source>API keys are held in an inventory with a rotation interval each. Rotations replace a key only after the new one is seen in use and revoke the old one; keys past their interval are listed below.</source>
        <translation>Les clés d&apos;API sont tenues dans un inventaire, chacune avec son intervalle de rotation. Une rotation ne remplace une clé qu&apos;après avoir constaté l&apos;utilisation de la nouvelle, puis révoque l&apos;ancienne&#xa0;; les clés ayant dépassé leur intervalle sont listées ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="408"/>
        <source>SOC 2 — CC8.1 Change management</source>
        <translation>SOC 2 — CC8.1 Gestion des changements</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="409"/>
        <source>Changes to infrastructure and software are authorized, documented, approved and implemented under control.</source>
        <translation>Les changements apportés à l&apos;infrastructure et aux logiciels sont autorisés, documentés, approuvés et mis en œuvre de manière contrôlée.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="411"/>
        <source>Every key rotation is a recorded run with who started it and each step; notices to consumers are approved by someone other than their author before they are sent; overrides need a written reason.</source>
        <translation>Chaque rotation de clé est une exécution enregistrée, avec qui l&apos;a lancée et chacune de ses étapes&#xa0;; les avis aux consommateurs sont approuvés par une autre personne que leur auteur avant d&apos;être envoyés&#xa0;; les dérogations exigent une justification écrite.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="415"/>
        <source>ISO/IEC 27001:2022 — A.5.17 Authentication information</source>
        <translation>ISO/IEC 27001:2022 — A.5.17 Informations d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="416"/>
        <source>Allocation and management of authentication information is controlled by a management process, including telling the people who hold it how to handle it.</source>
        <translation>L&apos;attribution et la gestion des informations d&apos;authentification sont maîtrisées par un processus de gestion, qui comprend l&apos;information des personnes qui les détiennent sur la manière de les traiter.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="418"/>
        <source>Keys are issued, rotated and revoked through Keyturn; consumers holding a key are sent approved notices telling them what changes and by when.</source>
        <translation>Les clés sont émises, font l&apos;objet de rotations et sont révoquées via Keyturn&#xa0;; les consommateurs qui détiennent une clé reçoivent des avis approuvés leur indiquant ce qui change et pour quand.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="423"/>
        <source>PCI DSS — 3.6 Key management and 8.3 Authentication factors</source>
        <translation>PCI DSS — 3.6 Gestion des clés et 8.3 Facteurs d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="424"/>
        <source>Cryptographic keys and authentication factors are managed by documented procedures: changed at the end of their cryptoperiod, retired or replaced when weakened, and revoked when no longer valid.</source>
        <translation>Les clés cryptographiques et les facteurs d&apos;authentification sont gérés selon des procédures documentées&#xa0;: changés à la fin de leur cryptopériode, retirés ou remplacés lorsqu&apos;ils sont affaiblis, et révoqués lorsqu&apos;ils ne sont plus valides.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="426"/>
        <source>Each key has a rotation interval (its cryptoperiod); rotations record the old and new key fingerprints (never the key), the old key is revoked, and keys past their interval are listed below.</source>
        <translation>Chaque clé a un intervalle de rotation (sa cryptopériode)&#xa0;; les rotations enregistrent les empreintes de l&apos;ancienne et de la nouvelle clé (jamais la clé elle-même), l&apos;ancienne clé est révoquée, et les clés ayant dépassé leur intervalle sont listées ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="435"/>
        <source>Period: %1 to %2 (the end excluded). Events in the period: %3 (see `%4`).

</source>
        <translation>Période&#xa0;: du %1 au %2 (fin exclue). Événements dans la période&#xa0;: %3 (voir `%4`).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="439"/>
        <source>Audit chain: **intact** — %1 events checked, head #%2 `%3` (see `%4`).

</source>
        <translation>Chaîne d&apos;audit&#xa0;: **intacte** — %1 événements vérifiés, tête #%2 `%3` (voir `%4`).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="443"/>
        <source>Audit chain: **NOT INTACT** — %1 (see `%2`). The tables below come from a log that was tampered with.

</source>
        <translation>Chaîne d&apos;audit&#xa0;: **NON INTACTE** — %1 (voir `%2`). Les tableaux ci-dessous proviennent d&apos;un journal qui a été falsifié.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="452"/>
        <source># Keyturn evidence pack

</source>
        <translation># Dossier de preuves Keyturn

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="453"/>
        <source>Written %1 by %2 for the period %3 to %4 (UTC; the end excluded).

</source>
        <translation>Rédigé le %1 par %2 pour la période du %3 au %4 (UTC&#xa0;; fin exclue).

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="456"/>
        <source>**Warning: the audit chain is NOT intact: %1**

</source>
        <translation>**Avertissement&#xa0;: la chaîne d&apos;audit n&apos;est PAS intacte&#xa0;: %1**

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="457"/>
        <source>## Files

</source>
        <translation>## Fichiers

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="458"/>
        <source>- `%1`, `%2` — every audit event of the period (%3 events), oldest first. Each row holds the event&apos;s id, time, actor, action, target, key version, old and new key fingerprints, details, the hash of the event before it (`prev_hash`) and its own `hash`. The last line is the chain head when the pack was written (`# head,&lt;id&gt;,&lt;hash&gt;` in the CSV, `{&quot;head_id&quot;:…,&quot;head_hash&quot;:…}` in the JSON Lines). The CSV is data (RFC 4180, UTF-8): import it with every column as text; values are verbatim, including any that start with `=`, `+`, `-` or `@`.
</source>
        <translation>- `%1`, `%2` — tous les événements d&apos;audit de la période (%3 événements), du plus ancien au plus récent. Chaque ligne contient l&apos;identifiant de l&apos;événement, l&apos;heure, l&apos;acteur, l&apos;action, la cible, la version de clé, les empreintes de l&apos;ancienne et de la nouvelle clé, les détails, le hachage de l&apos;événement précédent (`prev_hash`) et son propre `hash`. La dernière ligne est la tête de la chaîne au moment où le dossier a été rédigé (`# head,&lt;id&gt;,&lt;hash&gt;` dans le CSV, `{&quot;head_id&quot;:…,&quot;head_hash&quot;:…}` dans le JSON Lines). Le CSV contient des données (RFC 4180, UTF-8)&#xa0;: importez-le en traitant chaque colonne comme du texte&#xa0;; les valeurs sont reproduites telles quelles, y compris celles qui commencent par `=`, `+`, `-` ou `@`.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="467"/>
        <source>- `summary-%1.md` — %2: what rotated and when, approvals, notices sent, revocations and overdue keys, as this control asks.
</source>
        <translation>- `summary-%1.md` — %2&#xa0;: rotations effectuées et leurs dates, approbations, avis envoyés, révocations et clés en retard, comme l&apos;exige ce contrôle.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="470"/>
        <source>- `%1` — the verification of the whole audit chain run for this pack: whether it is intact, how many events were checked, the head id and hash, and the first bad event if any.
</source>
        <translation>- `%1` — la vérification de toute la chaîne d&apos;audit effectuée pour ce dossier&#xa0;: si elle est intacte, combien d&apos;événements ont été vérifiés, l&apos;identifiant et le hachage de la tête, et le premier événement incorrect le cas échéant.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="473"/>
        <source>- `%1` — SHA-256 of every other file.

</source>
        <translation>- `%1` — SHA-256 de chacun des autres fichiers.

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="474"/>
        <source>## How to check this pack

</source>
        <translation>## Comment vérifier ce dossier

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="475"/>
        <source>1. `sha256sum -c %1` in this folder: every file is as written.
</source>
        <translation>1. `sha256sum -c %1` dans ce répertoire&#xa0;: chaque fichier est tel qu&apos;il a été écrit.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="476"/>
        <source>2. `keyturnctl audit check-export %1`: recomputes each event&apos;s hash from its fields and checks that consecutive events link (each `prev_hash` is the `hash` of the event before).
</source>
        <translation>2. `keyturnctl audit check-export %1`&#xa0;: recalcule le hachage de chaque événement à partir de ses champs et vérifie que les événements consécutifs sont liés (chaque `prev_hash` est le `hash` de l&apos;événement précédent).
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="479"/>
        <source>3. Each event&apos;s hash is SHA-256 over its `prev_hash` (64 hex digits) followed by its canonical JSON: an object of the fields action, actor, at, details, id, key_version, new_fingerprint, old_fingerprint, target_id, target_type, keys in that (byte) order, no white space, strings with only `&quot;`, `\` and control characters escaped (`\n`, `\r`, `\t`, else `\u00XX`), times as ISO 8601 UTC with milliseconds, key_version a number or null, details the stored JSON text verbatim. Anyone can recompute it without Keyturn.
</source>
        <translation>3. Le hachage de chaque événement est le SHA-256 de son `prev_hash` (64 chiffres hexadécimaux) suivi de son JSON canonique&#xa0;: un objet contenant les champs action, actor, at, details, id, key_version, new_fingerprint, old_fingerprint, target_id, target_type, clés dans cet ordre (d&apos;octets), sans espace, chaînes où seuls `&quot;`, `\` et les caractères de contrôle sont échappés (`\n`, `\r`, `\t`, sinon `\u00XX`), heures au format ISO 8601 UTC avec millisecondes, key_version un nombre ou null, details le texte JSON enregistré tel quel. Chacun peut le recalculer sans Keyturn.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="485"/>
        <source>4. The head hash in `%1` (and at the end of the exports) identifies the whole log up to that event: compare it with the head hash of an earlier or later pack, or with `keyturnctl audit verify` on the live workspace, whose chain must pass through it. A log cut short and re-headed can only be detected that way, against a head recorded outside it.
</source>
        <translation>4. Le hachage de tête dans `%1` (et à la fin des exports) identifie tout le journal jusqu&apos;à cet événement&#xa0;: comparez-le au hachage de tête d&apos;un dossier antérieur ou ultérieur, ou à `keyturnctl audit verify` sur l&apos;espace de travail en service, dont la chaîne doit passer par lui. Un journal tronqué puis doté d&apos;une nouvelle tête ne peut être détecté que de cette façon, face à une tête enregistrée en dehors de lui.
</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="506"/>
        <source>the period needs a start before its end; nothing was written</source>
        <translation>la période doit commencer avant sa fin&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="508"/>
        <source>name a folder for the evidence pack; nothing was written</source>
        <translation>indiquez un répertoire pour le dossier de preuves&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="511"/>
        <source>%1 exists and is not a folder; nothing was written</source>
        <translation>%1 existe et n&apos;est pas un répertoire&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="514"/>
        <source>%1 exists and is not empty; name a new or empty folder (nothing was written)</source>
        <translation>%1 existe et n&apos;est pas vide&#xa0;; indiquez un répertoire nouveau ou vide (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="516"/>
        <source>cannot create the folder %1; nothing was written</source>
        <translation>impossible de créer le répertoire %1&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="521"/>
        <source>cannot create a folder in %1; nothing was written</source>
        <translation>impossible de créer un répertoire dans %1&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="522"/>
        <source>the evidence pack was cancelled; nothing was written</source>
        <translation>la création du dossier de preuves a été annulée&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="544"/>
        <source>cannot record the verification: %1; nothing was written</source>
        <translation>impossible d&apos;enregistrer la vérification&#xa0;: %1&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="558"/>
        <source>; no evidence pack was written</source>
        <translation>; aucun dossier de preuves n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="572"/>
        <source>**The control:** %1

**How Keyturn evidences it:** %2

</source>
        <translation>**Le contrôle&#xa0;:** %1

**Comment Keyturn en apporte la preuve&#xa0;:** %2

</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="633"/>
        <source>cannot replace the empty folder %1; nothing was written</source>
        <translation>impossible de remplacer le répertoire vide %1&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/EvidencePack.cpp" line="635"/>
        <source>cannot move the evidence pack into %1; nothing was written</source>
        <translation>impossible de déplacer le dossier de preuves dans %1&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="100"/>
        <source>Roles belong to team workspaces (PostgreSQL); a workspace file is one person&apos;s.</source>
        <translation>Les rôles appartiennent aux espaces de travail d&apos;équipe (PostgreSQL)&#xa0;; un fichier d&apos;espace de travail est personnel.</translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="140"/>
        <source>Setting up the roles failed (%1); nothing was changed. It needs the database&apos;s owner or a superuser.</source>
        <translation>La configuration des rôles a échoué (%1)&#xa0;; rien n&apos;a été modifié. Elle nécessite le propriétaire de la base de données ou un superutilisateur.</translation>
    </message>
</context>
<context>
    <name>keyturn::AlertCenter</name>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="343"/>
        <source>alert %1 was already acknowledged by %2 at %3; nothing was changed</source>
        <translation>l&apos;alerte %1 a déjà été acquittée par %2 le %3&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="360"/>
        <source>alert %1 was acknowledged by someone else meanwhile; nothing was changed</source>
        <translation>l&apos;alerte %1 a été acquittée par quelqu&apos;un d&apos;autre entre-temps&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertCenter.cpp" line="439"/>
        <source>there is no alert %1; nothing was changed</source>
        <translation>l&apos;alerte %1 n&apos;existe pas&#xa0;; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>keyturn::AlertsModel</name>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="55"/>
        <source>key #%1</source>
        <translation>clé #%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="59"/>
        <source>run #%1</source>
        <translation>exécution #%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="59"/>
        <source>%1 · run #%2</source>
        <translation>%1 · exécution #%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="66"/>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="74"/>
        <source>Not acknowledged yet</source>
        <translation>Pas encore acquittée</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="84"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="85"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="86"/>
        <source>Key / run</source>
        <translation>Clé / exécution</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="87"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="88"/>
        <source>Raised (UTC)</source>
        <translation>Déclenchée (UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/models/AlertsModel.cpp" line="89"/>
        <source>Acknowledged by</source>
        <translation>Acquittée par</translation>
    </message>
</context>
<context>
    <name>keyturn::AlertsPanel</name>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="89"/>
        <location filename="../ui/AlertsPanel.cpp" line="105"/>
        <location filename="../ui/AlertsPanel.cpp" line="203"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="93"/>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="94"/>
        <source>Mark the selected alert as seen; it stays listed while its condition lasts</source>
        <translation>Marquer l&apos;alerte sélectionnée comme vue&#xa0;; elle reste listée tant que sa condition persiste</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="95"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="96"/>
        <source>Show the rotation run or key the selected alert concerns</source>
        <translation>Afficher l&apos;exécution de rotation ou la clé concernée par l&apos;alerte sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="122"/>
        <location filename="../ui/AlertsPanel.cpp" line="186"/>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="167"/>
        <location filename="../ui/AlertsPanel.cpp" line="188"/>
        <source>The alerts could not be re-evaluated: %1</source>
        <translation>Les alertes n&apos;ont pas pu être réévaluées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="179"/>
        <location filename="../ui/AlertsPanel.cpp" line="180"/>
        <source>Checking the monitoring rules…</source>
        <translation>Vérification des règles de surveillance…</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="204"/>
        <source>Alerts (%1 open, %2 new)</source>
        <translation>Alertes (%1 ouvertes, %2 nouvelles)</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="217"/>
        <source>Acknowledge alert</source>
        <translation>Acquitter l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="220"/>
        <source>%1

Note (optional, kept in the audit log):</source>
        <translation>%1

Note (facultative, conservée dans le journal d&apos;audit)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AlertsPanel.cpp" line="221"/>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
</context>
<context>
    <name>keyturn::ApprovalQueueView</name>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="80"/>
        <source>drafted</source>
        <translation>rédigé</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="81"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="82"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="83"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="84"/>
        <source>sending</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="85"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="86"/>
        <source>approved again for delivery</source>
        <translation>réapprouvé pour l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="87"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="88"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="89"/>
        <source>rescheduled</source>
        <translation>replanifié</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="122"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="148"/>
        <source>Show notices</source>
        <translation>Afficher les avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="149"/>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="150"/>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="151"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="152"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="153"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="154"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="155"/>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="159"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="161"/>
        <source>Refresh the approval queue</source>
        <translation>Actualiser la file d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="162"/>
        <source>Read the notices again (another engineer may have approved or edited some).</source>
        <translation>Relire les avis (un autre ingénieur en a peut-être approuvé ou modifié certains).</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="167"/>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="207"/>
        <source>Approval queue is empty</source>
        <translation>La file d&apos;approbation est vide</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="224"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="229"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="230"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="231"/>
        <source>Send at</source>
        <translation>Envoi prévu</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="232"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="233"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="234"/>
        <source>Drafted and approved by</source>
        <translation>Rédigé et approuvé par</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="235"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="241"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="242"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="243"/>
        <source>Send at:</source>
        <translation>Envoi prévu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="244"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="245"/>
        <source>Campaign:</source>
        <translation>Campagne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="246"/>
        <source>People:</source>
        <translation>Personnes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="256"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="256"/>
        <source>Approve the notice</source>
        <translation>Approuver l&apos;avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="257"/>
        <location filename="../ui/ApprovalQueueView.cpp" line="583"/>
        <source>Approve selected</source>
        <translation>Approuver la sélection</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="258"/>
        <source>Approve every selected notice</source>
        <translation>Approuver tous les avis sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="259"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="259"/>
        <source>Reject the notice with a reason</source>
        <translation>Rejeter l&apos;avis avec un motif</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="260"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="260"/>
        <source>Edit the notice</source>
        <translation>Modifier l&apos;avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="282"/>
        <source>HTML preview</source>
        <translation>Aperçu HTML</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="289"/>
        <source>Plain-text preview</source>
        <translation>Aperçu en texte brut</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="295"/>
        <source>History of the notice</source>
        <translation>Historique de l&apos;avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="300"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="301"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="302"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="303"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="332"/>
        <source>Approval queue message</source>
        <translation>Message de la file d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="359"/>
        <source>Could not load the notices: %1</source>
        <translation>Impossible de charger les avis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="466"/>
        <source>1 notice</source>
        <translation>1 avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="466"/>
        <source>%1 notices</source>
        <translation>%1 avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="472"/>
        <source>No notices</source>
        <translation>Aucun avis</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="475"/>
        <source>Nothing to approve</source>
        <translation>Rien à approuver</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="476"/>
        <source>No notices wait for approval. Campaigns draft them; nothing reaches a consumer before an engineer approves it.</source>
        <translation>Aucun avis n&apos;attend d&apos;approbation. Les campagnes les rédigent&#xa0;; rien ne parvient à un consommateur avant qu&apos;un ingénieur ne l&apos;ait approuvé.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="479"/>
        <source>No approved notices wait to be sent.</source>
        <translation>Aucun avis approuvé n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="481"/>
        <source>No drafts. A rejected notice comes back here until someone edits it and submits it again.</source>
        <translation>Aucun brouillon. Un avis rejeté revient ici jusqu&apos;à ce que quelqu&apos;un le modifie et le soumette à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="483"/>
        <source>No notice has been sent yet.</source>
        <translation>Aucun avis n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="485"/>
        <source>No notice failed to send.</source>
        <translation>Aucun envoi d&apos;avis n&apos;a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="487"/>
        <source>No notices yet. Campaigns draft them; nothing reaches a consumer before an engineer approves it.</source>
        <translation>Aucun avis pour l&apos;instant. Les campagnes les rédigent&#xa0;; rien ne parvient à un consommateur avant qu&apos;un ingénieur ne l&apos;ait approuvé.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="501"/>
        <source>No notice selected</source>
        <translation>Aucun avis sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="510"/>
        <source>Notice #%1 · %2 · urgent</source>
        <translation>Avis #%1 · %2 · urgent</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="511"/>
        <source>Notice #%1 · %2</source>
        <translation>Avis #%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="512"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="514"/>
        <source>as soon as it is approved</source>
        <translation>dès son approbation</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="516"/>
        <source>%1 (sent %2)</source>
        <translation>%1 (envoyé le %2)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="518"/>
        <source>%1 (deadline %2)</source>
        <translation>%1 (échéance&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="522"/>
        <source>%1 (key %2)</source>
        <translation>%1 (clé %2)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="523"/>
        <source>drafted by %1</source>
        <translation>rédigé par %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="525"/>
        <source>, last edited by %1</source>
        <translation>, dernière modification par %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="527"/>
        <source>, approved by %1</source>
        <translation>, approuvé par %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="531"/>
        <source>Delivery failed: %1</source>
        <translation>Échec de l&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="533"/>
        <source>Rejected: %1</source>
        <translation>Rejeté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="542"/>
        <source>This notice cannot be rendered: %1</source>
        <translation>Impossible de générer le rendu de cet avis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="549"/>
        <source>Could not load the history: %1</source>
        <translation>Impossible de charger l&apos;historique&#xa0;: %1</translation>
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
        <translation>&lt;p&gt;Aucun historique enregistré.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="575"/>
        <source>Select a notice first.</source>
        <translation>Sélectionnez d&apos;abord un avis.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="579"/>
        <source>Approve this notice for sending</source>
        <translation>Approuver cet avis pour l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="583"/>
        <source>Approve selected (%1)</source>
        <translation>Approuver la sélection (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="587"/>
        <source>Approve every selected notice; if one of them cannot be approved, none is</source>
        <translation>Approuver tous les avis sélectionnés&#xa0;; si l&apos;un d&apos;eux ne peut pas être approuvé, aucun ne l&apos;est</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="594"/>
        <source>Send the notice back to the drafts with a reason</source>
        <translation>Renvoyer l&apos;avis aux brouillons avec un motif</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="595"/>
        <source>Only a notice waiting for approval, or approved and not yet sent, can be rejected.</source>
        <translation>Seul un avis en attente d&apos;approbation, ou approuvé et pas encore envoyé, peut être rejeté.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="601"/>
        <source>Edit the subject and body; the notice then waits for approval again</source>
        <translation>Modifier l&apos;objet et le corps&#xa0;; l&apos;avis attend ensuite de nouveau l&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="604"/>
        <source>A notice that was sent, is being sent or was cancelled cannot be edited.</source>
        <translation>Un avis envoyé, en cours d&apos;envoi ou annulé ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="650"/>
        <source>Notice #%1 approved; it is sent at its send time.</source>
        <translation>Avis #%1 approuvé&#xa0;; il sera envoyé à son heure d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="652"/>
        <source>%1 notices approved; each is sent at its send time.</source>
        <translation>%1 avis approuvés&#xa0;; chacun sera envoyé à son heure d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="654"/>
        <source>Notice not approved</source>
        <translation>Avis non approuvé</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="654"/>
        <source>Notices not approved</source>
        <translation>Avis non approuvés</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="685"/>
        <source>Notice not rejected</source>
        <translation>Avis non rejeté</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="686"/>
        <source>Notice #%1 rejected; it is back in the drafts with your reason.</source>
        <translation>Avis #%1 rejeté&#xa0;; il est de retour dans les brouillons avec votre motif.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalQueueView.cpp" line="709"/>
        <source>Notice #%1 saved; it waits for approval again.</source>
        <translation>Avis #%1 enregistré&#xa0;; il attend de nouveau l&apos;approbation.</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditExportReader</name>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="334"/>
        <source>line %1: a quoted value is not closed</source>
        <translation>ligne %1&#xa0;: une valeur entre guillemets n&apos;est pas fermée</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="350"/>
        <source>line %1: unexpected text after a quoted value</source>
        <translation>ligne %1&#xa0;: texte inattendu après une valeur entre guillemets</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="356"/>
        <source>line %1: a quote inside an unquoted value</source>
        <translation>ligne %1&#xa0;: un guillemet dans une valeur sans guillemets</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="382"/>
        <source>the file is empty: it is not an audit export</source>
        <translation>le fichier est vide&#xa0;: ce n&apos;est pas un export d&apos;audit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="390"/>
        <source>line 1 is not the header of an audit export (%1)</source>
        <translation>la ligne 1 n&apos;est pas l&apos;en-tête d&apos;un export d&apos;audit (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="397"/>
        <source>the export ends without its head line: it is incomplete</source>
        <translation>l&apos;export se termine sans sa ligne de tête&#xa0;: il est incomplet</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="413"/>
        <location filename="../app/core/audit/AuditExport.cpp" line="472"/>
        <source>line %1: text after the head line</source>
        <translation>ligne %1&#xa0;: texte après la ligne de tête</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="419"/>
        <source>line %1: the head line is not &apos;# head,&lt;id&gt;,&lt;hash&gt;&apos;</source>
        <translation>ligne %1&#xa0;: la ligne de tête n&apos;est pas &apos;# head,&lt;id&gt;,&lt;hash&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="430"/>
        <source>line %1: %2 values where an event has %3</source>
        <translation>ligne %1&#xa0;: %2 valeurs alors qu&apos;un événement en compte %3</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="441"/>
        <source>line %1: the id, time (ISO 8601 UTC with milliseconds) or key version is malformed</source>
        <translation>ligne %1&#xa0;: l&apos;identifiant, l&apos;heure (ISO 8601 UTC avec millisecondes) ou la version de clé est mal formé</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="480"/>
        <source>line %1: not a JSON object (%2)</source>
        <translation>ligne %1&#xa0;: pas un objet JSON (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="496"/>
        <source>line %1: the head line is not {&quot;head_id&quot;:…,&quot;head_hash&quot;:…}</source>
        <translation>ligne %1&#xa0;: la ligne de tête n&apos;est pas {&quot;head_id&quot;:…,&quot;head_hash&quot;:…}</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditExport.cpp" line="516"/>
        <source>line %1: not an audit event (every field of the header, with its type, is needed)</source>
        <translation>ligne %1&#xa0;: pas un événement d&apos;audit (chaque champ de l&apos;en-tête, avec son type, est requis)</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditFilter</name>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="459"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="461"/>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="463"/>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="465"/>
        <source>actor %1</source>
        <translation>acteur %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="467"/>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="469"/>
        <source>key version %1</source>
        <translation>version de clé %1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="471"/>
        <source>text &quot;%1&quot;</source>
        <translation>texte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="472"/>
        <source>every event</source>
        <translation>tous les événements</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditLog</name>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="72"/>
        <source>internal error: an audit event must be written in the transaction of its change</source>
        <translation>erreur interne&#xa0;: un événement d&apos;audit doit être écrit dans la transaction de sa modification</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="77"/>
        <source>the audit event holds a NUL character, which PostgreSQL cannot store; nothing was written</source>
        <translation>l&apos;événement d&apos;audit contient un caractère NUL, que PostgreSQL ne peut pas stocker&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="90"/>
        <source>the audit log has no head row; the workspace is damaged, nothing was written</source>
        <translation>le journal d&apos;audit n&apos;a pas de ligne de tête&#xa0;; l&apos;espace de travail est endommagé, rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="136"/>
        <location filename="../app/core/audit/AuditLog.cpp" line="152"/>
        <source>The audit log&apos;s head record is missing: the log was tampered with.</source>
        <translation>L&apos;enregistrement de tête du journal d&apos;audit est manquant&#xa0;: le journal a été falsifié.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="169"/>
        <source>OpenSSL has no SHA-256 here; the audit log cannot be verified</source>
        <translation>OpenSSL ne fournit pas SHA-256 ici&#xa0;; le journal d&apos;audit ne peut pas être vérifié</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="199"/>
        <source>Event #%1 is missing: the chain jumps from #%2 to #%3 (events were removed).</source>
        <translation>L&apos;événement #%1 est manquant&#xa0;: la chaîne saute de #%2 à #%3 (des événements ont été supprimés).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="204"/>
        <source>Event #%1 is out of place (events were reordered).</source>
        <translation>L&apos;événement #%1 n&apos;est pas à sa place (des événements ont été réordonnés).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="212"/>
        <source>SHA-256 failed while verifying event #%1</source>
        <translation>SHA-256 a échoué lors de la vérification de l&apos;événement #%1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="214"/>
        <source>Event #%1 (%2 by %3) was altered or moved: its content does not match its hash.</source>
        <translation>L&apos;événement #%1 (%2 par %3) a été modifié ou déplacé&#xa0;: son contenu ne correspond pas à son hachage.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="221"/>
        <source>Event #1 does not start the chain: its previous hash is not the genesis hash (events before it were removed, or it was forged).</source>
        <translation>L&apos;événement #1 ne commence pas la chaîne&#xa0;: son hachage précédent n&apos;est pas le hachage de genèse (des événements antérieurs ont été supprimés, ou il a été forgé).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="223"/>
        <source>Event #%1 does not follow event #%2: #%2 was altered and its hash recomputed, or events were removed, inserted or reordered.</source>
        <translation>L&apos;événement #%1 ne suit pas l&apos;événement #%2&#xa0;: #%2 a été modifié et son hachage recalculé, ou des événements ont été supprimés, insérés ou réordonnés.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="275"/>
        <source>Event #%1 is not part of the chain: it lies beyond the head record #%2 (it was added behind the log&apos;s back).</source>
        <translation>L&apos;événement #%1 ne fait pas partie de la chaîne&#xa0;: il se situe au-delà de l&apos;enregistrement de tête #%2 (il a été ajouté à l&apos;insu du journal).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="288"/>
        <source>a cancelled verification concluded nothing, so it was not recorded</source>
        <translation>une vérification annulée n&apos;a rien conclu, elle n&apos;a donc pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="290"/>
        <source>internal error: a verification is recorded in its own transaction</source>
        <translation>erreur interne&#xa0;: une vérification est enregistrée dans sa propre transaction</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="324"/>
        <source>there is no audit event #%1</source>
        <translation>il n&apos;existe pas d&apos;événement d&apos;audit #%1</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="236"/>
        <source>Verification was cancelled after %1 events; nothing was concluded.</source>
        <translation>Vérification annulée après %1 événements&#xa0;; rien n&apos;a été conclu.</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="259"/>
        <source>Events #%1 to #%2 at the end of the log are missing (they were removed).</source>
        <translation>Les événements #%1 à #%2 à la fin du journal sont manquants (ils ont été supprimés).</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditLog.cpp" line="264"/>
        <source>The audit log&apos;s head record does not match event #%1: the log was tampered with.</source>
        <translation>L&apos;enregistrement de tête du journal d&apos;audit ne correspond pas à l&apos;événement #%1&#xa0;: le journal a été falsifié.</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditModel</name>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="189"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="190"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="191"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="192"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="193"/>
        <source>Key version</source>
        <translation>Version de clé</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="194"/>
        <source>Old fingerprint</source>
        <translation>Ancienne empreinte</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="195"/>
        <source>New fingerprint</source>
        <translation>Nouvelle empreinte</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditModel.cpp" line="196"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditQuery</name>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="546"/>
        <source>event #%1 is not in the filtered history (%2)</source>
        <translation>l&apos;événement #%1 ne figure pas dans l&apos;historique filtré (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/audit/AuditQuery.cpp" line="642"/>
        <source>there is no audit event #%1</source>
        <translation>il n&apos;existe pas d&apos;événement d&apos;audit #%1</translation>
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
        <translation>impossible de lire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::AuditView</name>
    <message>
        <location filename="../ui/AuditView.cpp" line="116"/>
        <source>Audit history</source>
        <translation>Historique d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="151"/>
        <location filename="../ui/AuditView.cpp" line="340"/>
        <source>Key version</source>
        <translation>Version de clé</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="173"/>
        <source>Search further</source>
        <translation>Chercher plus loin</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="175"/>
        <source>Look at the next stretch of older events for the free text.</source>
        <translation>Rechercher le texte libre dans la tranche suivante d&apos;événements plus anciens.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="177"/>
        <source>Newer events…</source>
        <translation>Événements plus récents…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="179"/>
        <source>Read the newer events above the ones shown.</source>
        <translation>Lire les événements plus récents, au-dessus de ceux affichés.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="181"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="183"/>
        <source>Read the history again from the newest event.</source>
        <translation>Relire l&apos;historique à partir de l&apos;événement le plus récent.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="185"/>
        <source>V&amp;erify chain…</source>
        <translation>&amp;Vérifier la chaîne…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="188"/>
        <source>Check every event&apos;s hash and link, name the first altered, removed or reordered event, and record the result in the log.</source>
        <translation>Vérifier le hachage et le lien de chaque événement, désigner le premier événement modifié, supprimé ou réordonné, et enregistrer le résultat dans le journal.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="191"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="194"/>
        <source>Write the events the current filter shows as CSV or JSON Lines, ending with the chain&apos;s head hash.</source>
        <translation>Écrire les événements affichés par le filtre actuel au format CSV ou JSON Lines, en terminant par le hachage de tête de la chaîne.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="211"/>
        <source>Evidence &amp;pack…</source>
        <translation>&amp;Dossier de preuves…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="213"/>
        <source>Write a folder for auditors: the period&apos;s events, a summary per control (SOC 2, ISO 27001, PCI-DSS), the verification result and a SHA-256 manifest.</source>
        <translation>Écrire un répertoire pour les auditeurs&#xa0;: les événements de la période, un résumé par contrôle (SOC 2, ISO 27001, PCI-DSS), le résultat de la vérification et un manifeste SHA-256.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="259"/>
        <source>Could not read the history: %1</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="303"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="305"/>
        <source>Only events on or after this day (UTC); unticked: from the first event.</source>
        <translation>Uniquement les événements de ce jour (UTC) ou postérieurs&#xa0;; décoché&#xa0;: depuis le premier événement.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="306"/>
        <source>First day (UTC)</source>
        <translation>Premier jour (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="307"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="309"/>
        <source>Only events on or before this day (UTC); unticked: up to the newest event.</source>
        <translation>Uniquement les événements de ce jour (UTC) ou antérieurs&#xa0;; décoché&#xa0;: jusqu&apos;à l&apos;événement le plus récent.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="310"/>
        <source>Last day (UTC)</source>
        <translation>Dernier jour (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="314"/>
        <source>Action type</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="317"/>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="319"/>
        <source>An action (notice.approved), a family (rotation.*), or several separated by commas.</source>
        <translation>Une action (notice.approved), une famille (rotation.*) ou plusieurs, séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="326"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="329"/>
        <location filename="../ui/AuditView.cpp" line="546"/>
        <source>Any actor</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="333"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="334"/>
        <source>Key name or id</source>
        <translation>Nom ou identifiant de clé</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="336"/>
        <source>A key&apos;s own events and those of its versions, runs, notices, campaigns and alerts.</source>
        <translation>Les événements propres à une clé et ceux de ses versions, exécutions, avis, campagnes et alertes.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="342"/>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="344"/>
        <source>Only events about this key version.</source>
        <translation>Uniquement les événements concernant cette version de clé.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="348"/>
        <location filename="../ui/AuditView.cpp" line="351"/>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="349"/>
        <source>Search actor, action, target, fingerprints and details…</source>
        <translation>Rechercher acteur, action, cible, empreintes et détails…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="352"/>
        <source>Free text to look for in the events&apos; actor, action, target, fingerprints and details.</source>
        <translation>Texte libre à rechercher dans l&apos;acteur, l&apos;action, la cible, les empreintes et les détails des événements.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="354"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="363"/>
        <location filename="../ui/AuditView.cpp" line="410"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="365"/>
        <location filename="../ui/AuditView.cpp" line="409"/>
        <source>Actor:</source>
        <translation>Acteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="368"/>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="370"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="408"/>
        <source>Time (UTC):</source>
        <translation>Heure (UTC)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="411"/>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="412"/>
        <source>Key version:</source>
        <translation>Version de clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="413"/>
        <source>Old fingerprint:</source>
        <translation>Ancienne empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="414"/>
        <source>New fingerprint:</source>
        <translation>Nouvelle empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="415"/>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="423"/>
        <location filename="../ui/AuditView.cpp" line="718"/>
        <location filename="../ui/AuditView.cpp" line="746"/>
        <source>Go to…</source>
        <translation>Aller à…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="433"/>
        <source>Canonical JSON of the event</source>
        <translation>JSON canonique de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="439"/>
        <source>The exact bytes that are hashed: hash = SHA-256(previous hash ‖ this JSON).</source>
        <translation>Les octets exacts qui sont hachés&#xa0;: hachage = SHA-256(hachage précédent ‖ ce JSON).</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="446"/>
        <location filename="../ui/AuditView.cpp" line="716"/>
        <location filename="../ui/AuditView.cpp" line="738"/>
        <source>Hash:</source>
        <translation>Hachage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="447"/>
        <location filename="../ui/AuditView.cpp" line="717"/>
        <location filename="../ui/AuditView.cpp" line="739"/>
        <source>Previous hash:</source>
        <translation>Hachage précédent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="450"/>
        <source>Canonical JSON (the hashed bytes):</source>
        <translation>JSON canonique (les octets hachés)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="558"/>
        <source>Could not read the filter choices: %1</source>
        <translation>Impossible de lire les choix de filtre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="577"/>
        <source>%1 — no events are shown.</source>
        <translation>%1 — aucun événement n&apos;est affiché.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="580"/>
        <source>The period ends before it starts: no event can match.</source>
        <translation>La période se termine avant de commencer&#xa0;: aucun événement ne peut correspondre.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="584"/>
        <source>at least %L1 events</source>
        <translation>au moins %L1 événements</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="585"/>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="586"/>
        <source>%L1 events</source>
        <translation>%L1 événements</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="645"/>
        <source>Event %1 cannot be shown: %2</source>
        <translation>L&apos;événement %1 ne peut pas être affiché&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="664"/>
        <source>The history is read when the view is shown.</source>
        <translation>L&apos;historique est lu quand la vue est affichée.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="668"/>
        <source>searched back to %1 — scroll to search further</source>
        <translation>recherche remontée jusqu&apos;à %1 — faites défiler pour chercher plus loin</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="711"/>
        <source>Select an event to see its canonical JSON and hash.</source>
        <translation>Sélectionnez un événement pour voir son JSON canonique et son hachage.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="712"/>
        <source>No event to show.</source>
        <translation>Aucun événement à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="724"/>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="730"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="743"/>
        <source>Go to key</source>
        <translation>Aller à la clé</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="744"/>
        <source>Go to run %1</source>
        <translation>Aller à l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="745"/>
        <source>Go to notice %1</source>
        <translation>Aller à l&apos;avis %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="749"/>
        <source>This event is not about a key, a run or a notice.</source>
        <translation>Cet événement ne concerne ni une clé, ni une exécution, ni un avis.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="774"/>
        <source>Wait for the running verification, export or evidence pack to finish; nothing was started.</source>
        <translation>Attendez la fin de la vérification, de l&apos;export ou du dossier de preuves en cours ; rien n&apos;a été démarré.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="811"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="862"/>
        <source>Verify the audit chain</source>
        <translation>Vérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="872"/>
        <source>Checked %L1 of %L2 events…</source>
        <translation>%L1 événements vérifiés sur %L2…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="873"/>
        <source>Reading the audit chain…</source>
        <translation>Lecture de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="878"/>
        <source>the verification stopped unexpectedly</source>
        <translation>la vérification s&apos;est arrêtée de façon inattendue</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="882"/>
        <source>Could not verify the chain: %1</source>
        <translation>Impossible de vérifier la chaîne : %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="889"/>
        <source>Verification cancelled after %L1 events: nothing was concluded or recorded.</source>
        <translation>Vérification annulée après %L1 événements : rien n&apos;a été conclu ni consigné.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="910"/>
        <source>✔ Chain intact: %L1 events checked; head is event %2 with hash %3.</source>
        <translation>✔ Chaîne intacte : %L1 événements vérifiés ; la tête de chaîne est l&apos;événement %2, de hachage %3.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="917"/>
        <source>✘ Chain broken at event %1: %2</source>
        <translation>✘ Chaîne rompue à l&apos;événement %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="922"/>
        <source>Recorded as event %1.</source>
        <translation>Consigné sous l&apos;événement %1.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="924"/>
        <source>The result could not be recorded: %1</source>
        <translation>Le résultat n&apos;a pas pu être consigné : %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="928"/>
        <source>Show event %1</source>
        <translation>Afficher l&apos;événement %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="934"/>
        <source>Name a file to export to; nothing was written.</source>
        <translation>Indiquez le fichier de destination ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="946"/>
        <location filename="../ui/AuditView.cpp" line="1069"/>
        <source>Export the audit history</source>
        <translation>Exporter l&apos;historique d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="955"/>
        <source>Wrote %L1 of %L2 events…</source>
        <translation>%L1 événements écrits sur %L2…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="956"/>
        <source>Wrote %L1 events…</source>
        <translation>%L1 événements écrits…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="961"/>
        <source>the export stopped unexpectedly; %1 was left as it was</source>
        <translation>l&apos;export s&apos;est arrêté de façon inattendue ; %1 est resté tel quel</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="965"/>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté : %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="968"/>
        <location filename="../ui/AuditView.cpp" line="981"/>
        <location filename="../ui/AuditView.cpp" line="1088"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="974"/>
        <source>Exported %L1 events to %2. The file ends with the chain head: event %3, hash %4.</source>
        <translation>%L1 événements exportés vers %2. Le fichier se termine par la tête de chaîne : événement %3, hachage %4.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="998"/>
        <source>Write an evidence pack</source>
        <translation>Écrire un dossier de preuves</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1013"/>
        <source>Verifying the chain: %L1 of %L2 events…</source>
        <translation>Vérification de la chaîne : %L1 événements sur %L2…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1016"/>
        <source>Verifying the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1017"/>
        <source>Exporting the period: %L1 events…</source>
        <translation>Export de la période : %L1 événements…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1018"/>
        <source>Writing the control summaries…</source>
        <translation>Écriture des résumés par contrôle…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1019"/>
        <source>Writing the SHA-256 manifest…</source>
        <translation>Écriture du manifeste SHA-256…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1020"/>
        <source>Preparing the evidence pack…</source>
        <translation>Préparation du dossier de preuves…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1026"/>
        <source>it stopped unexpectedly; nothing was written</source>
        <translation>la génération s&apos;est arrêtée de façon inattendue ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1031"/>
        <source>No evidence pack was written: %1</source>
        <translation>Aucun dossier de preuves n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1034"/>
        <location filename="../ui/AuditView.cpp" line="1056"/>
        <location filename="../ui/AuditView.cpp" line="1119"/>
        <source>Evidence pack</source>
        <translation>Dossier de preuves</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1040"/>
        <source>Evidence pack written to %1: %L2 files covering %L3 events; keys overdue at the end of the period: %L4.</source>
        <translation>Dossier de preuves écrit dans %1 : %L2 fichiers couvrant %L3 événements ; clés en retard à la fin de la période : %L4.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1047"/>
        <source>The chain verified intact.</source>
        <translation>La vérification conclut que la chaîne est intacte.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1048"/>
        <source>The chain is broken at event %1.</source>
        <translation>La chaîne est rompue à l&apos;événement %1.</translation>
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
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1085"/>
        <source>The whole history (%1).</source>
        <translation>Tout l&apos;historique (%1).</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1086"/>
        <source>The events the current filter shows (%1): %2.</source>
        <translation>Les événements affichés par le filtre actuel (%1) : %2.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1091"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1092"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1104"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1105"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1142"/>
        <source>The period&apos;s events (CSV and JSON Lines), a summary per control, the verification of the whole chain and a SHA-256 manifest go into a new or empty folder. Days are UTC; both are included.</source>
        <translation>Les événements de la période (CSV et JSON Lines), un résumé par contrôle, la vérification de toute la chaîne et un manifeste SHA-256 sont écrits dans un dossier nouveau ou vide. Les jours sont en UTC ; le premier et le dernier sont inclus.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1148"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1151"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1152"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1153"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="1156"/>
        <source>An empty folder for the pack</source>
        <translation>Un dossier vide pour le dossier de preuves</translation>
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
        <translation>chaque %1 %2–%3 UTC</translation>
    </message>
</context>
<context>
    <name>keyturn::CalendarModel</name>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="102"/>
        <source>collision</source>
        <translation>collision</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="103"/>
        <source>blackout</source>
        <translation>période de gel</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="104"/>
        <source>no overlap possible</source>
        <translation>chevauchement impossible</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="105"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="194"/>
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="197"/>
        <source>d MMM yyyy</source>
        <extracomment>the date format of the week&apos;s Monday (QDate format: d day, MMM month&apos;s short name, yyyy year)</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="220"/>
        <source>Due %1 UTC; starts %2 UTC</source>
        <translation>Échéance %1 UTC ; début %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="222"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="226"/>
        <source>Nothing to look at</source>
        <translation>Rien à signaler</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="238"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="239"/>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="240"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="241"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="242"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="243"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="244"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="245"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="152"/>
        <source>Due since %1 UTC: the next run-due starts it</source>
        <translation>À échéance depuis %1 UTC : le prochain run-due la démarre</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="154"/>
        <source>Planned inside the blackout window %1: the scheduler starts it at %2 UTC</source>
        <translation>Prévue dans la période de gel %1 : le planificateur la démarre à %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="157"/>
        <source>%1 cannot hold two keys at once: rotating %2 means an outage window, so run-due leaves it to an operator</source>
        <translation>%1 ne peut pas détenir deux clés à la fois : faire tourner %2 implique une interruption de service, run-due laisse donc cette rotation à un opérateur</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="138"/>
        <source>rotate on %1</source>
        <translation>font l&apos;objet d&apos;une rotation le %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="139"/>
        <source>rotate within 24 h (%1 and %2 UTC)</source>
        <translation>font l&apos;objet d&apos;une rotation à moins de 24 h d&apos;écart (%1 et %2 UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/models/CalendarModel.cpp" line="140"/>
        <source>%1 and %2 both serve %3 and %4</source>
        <translation>%1 et %2 sont toutes deux utilisées par %3 et %4</translation>
    </message>
</context>
<context>
    <name>keyturn::CalendarView</name>
    <message>
        <location filename="../ui/CalendarView.cpp" line="101"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="105"/>
        <source>Filter by key, provider, environment or service</source>
        <translation>Filtrer par clé, fournisseur, environnement ou service</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="107"/>
        <source>Filter planned rotations</source>
        <translation>Filtre des rotations planifiées</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="108"/>
        <source>Filter the planned rotations</source>
        <translation>Filtrer les rotations planifiées</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="109"/>
        <source>Show the planned rotations whose key, provider, environment or service contains this text.</source>
        <translation>Afficher les rotations planifiées dont la clé, le fournisseur, l&apos;environnement ou le service contient ce texte.</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="111"/>
        <source>Only flagged</source>
        <translation>Signalées uniquement</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="112"/>
        <source>Show only rotations that collide, fall in a blackout window, are overdue, or whose provider cannot hold two keys</source>
        <translation>Afficher uniquement les rotations en collision, en période de gel, en retard ou dont le fournisseur ne peut pas détenir deux clés</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="118"/>
        <source>Planned rotations</source>
        <translation>Rotations planifiées</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="190"/>
        <location filename="../ui/CalendarView.cpp" line="198"/>
        <source>Blackout windows</source>
        <translation>Périodes de gel</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="192"/>
        <source>No scheduled rotation starts inside these windows (UTC); run-due starts it when the window ends.</source>
        <translation>Aucune rotation planifiée ne démarre pendant ces périodes (UTC) ; run-due la démarre à la fin de la période.</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="207"/>
        <source>From – to (dates)</source>
        <translation>Du – au (dates)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="208"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="220"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="221"/>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="232"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="233"/>
        <source>From (UTC)</source>
        <translation>De (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="234"/>
        <source>To, inclusive (UTC)</source>
        <translation>À, inclus (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="239"/>
        <source>Reason, such as holiday freeze</source>
        <translation>Motif, par exemple gel des fêtes</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="240"/>
        <source>Add window</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="246"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="248"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="294"/>
        <source>None: scheduled rotations may start at any time</source>
        <translation>Aucune : les rotations planifiées peuvent démarrer à tout moment</translation>
    </message>
    <message>
        <location filename="../ui/CalendarView.cpp" line="315"/>
        <source>The window was not added: %1</source>
        <translation>La période n&apos;a pas été ajoutée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="357"/>
        <source>%n planned rotations in the next %1 weeks</source>
        <translation>
            <numerusform>%n rotation planifiée dans les %1 prochaines semaines</numerusform>
            <numerusform>%n rotations planifiées dans les %1 prochaines semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="359"/>
        <source> · %n flagged (%1)</source>
        <translation>
            <numerusform> · %n signalée (%1)</numerusform>
            <numerusform> · %n signalées (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="361"/>
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n affichée</numerusform>
            <numerusform> · %n affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyturn::CampaignNotices</name>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="76"/>
        <source>the notice settings could not be read</source>
        <translation>les paramètres des avis n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="106"/>
        <source>%1 must be an http(s) URL, not &apos;%2&apos;; the notice settings were left as they were</source>
        <translation>%1 doit être une URL http(s), et non &apos;%2&apos; ; les paramètres des avis n&apos;ont pas été modifiés</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="110"/>
        <source>the contact must be an e-mail address, not &apos;%1&apos;; the notice settings were left as they were</source>
        <translation>le contact doit être une adresse e-mail, et non &apos;%1&apos; ; les paramètres des avis n&apos;ont pas été modifiés</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="112"/>
        <source>the API base URL</source>
        <translation>l&apos;URL de base de l&apos;API</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="114"/>
        <source>the dashboard URL</source>
        <translation>l&apos;URL du tableau de bord</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="184"/>
        <source>the consumer already uses their new key</source>
        <translation>le consommateur utilise déjà sa nouvelle clé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="184"/>
        <source>the consumer&apos;s old key was revoked</source>
        <translation>l&apos;ancienne clé du consommateur a été révoquée</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="195"/>
        <source>the deadline moved to %1; a new notice names it</source>
        <translation>l&apos;échéance a été déplacée au %1 ; un nouvel avis l&apos;indique</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="290"/>
        <source>the %1 notice to %2 about %3 could not be drafted: %4</source>
        <translation>l&apos;avis %1 à %2 concernant %3 n&apos;a pas pu être rédigé : %4</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="296"/>
        <source>the key belongs to no known consumer; sync first</source>
        <translation>la clé n&apos;appartient à aucun consommateur connu ; synchronisez d&apos;abord</translation>
    </message>
    <message>
        <location filename="../app/core/notices/CampaignNotices.cpp" line="346"/>
        <source>template %1 v%2: %3</source>
        <translation>modèle %1 v%2 : %3</translation>
    </message>
</context>
<context>
    <name>keyturn::ChooseKeyPage</name>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="30"/>
        <source>Choose the key to rotate</source>
        <translation>Choisir la clé à faire tourner</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="31"/>
        <source>Held keys only: keys Keyturn issues to API consumers rotate as campaigns.</source>
        <translation>Clés détenues uniquement : les clés que Keyturn émet pour les consommateurs d&apos;API font l&apos;objet de campagnes de rotation.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="33"/>
        <source>Choose the key to revoke</source>
        <translation>Choisir la clé à révoquer</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="34"/>
        <source>A new key replaces it in the vault and the old key is revoked at once, without a grace period.</source>
        <translation>Une nouvelle clé la remplace dans le coffre et l&apos;ancienne clé est révoquée immédiatement, sans période de grâce.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <location filename="../ui/ChooseKeyPage.cpp" line="81"/>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="38"/>
        <source>Latest run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="46"/>
        <source>Filter by name, provider or environment…</source>
        <translation>Filtrer par nom, fournisseur ou environnement…</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="48"/>
        <source>Filter keys</source>
        <translation>Filtrer les clés</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="52"/>
        <source>Held keys</source>
        <translation>Clés détenues</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="87"/>
        <source>&amp;Grace period:</source>
        <translation>Période de &amp;grâce :</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="127"/>
        <source>Could not read the inventory: %1</source>
        <translation>Impossible de lire l&apos;inventaire : %1</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="142"/>
        <source>Vault path %1; used by %2</source>
        <translation>Chemin dans le coffre : %1 ; utilisée par %2</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="149"/>
        <source>There are no held keys in this workspace.</source>
        <translation>Cet espace de travail ne contient aucune clé détenue.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="151"/>
        <source>The key chosen before is not a held key that can be rotated; choose one here.</source>
        <translation>La clé choisie auparavant n&apos;est pas une clé détenue pouvant faire l&apos;objet d&apos;une rotation ; choisissez-en une ici.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="219"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="220"/>
        <source>the key&apos;s own: %1</source>
        <translation>celle de la clé : %1</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="220"/>
        <source>the key&apos;s own</source>
        <translation>celle de la clé</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="223"/>
        <source>Empty: the key&apos;s own grace period. Otherwise a duration such as 30s, 15m, 2h, 7d or 1h30m. The old key stays valid this long after the new one is in the vault.</source>
        <translation>Vide : la période de grâce propre à la clé. Sinon, une durée telle que 30s, 15m, 2h, 7d ou 1h30m. L&apos;ancienne clé reste valide pendant cette durée une fois la nouvelle clé dans le coffre.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="227"/>
        <source>Both keys stay valid for %1 after the new key is in the vault.</source>
        <translation>Les deux clés restent valides pendant %1 une fois la nouvelle clé dans le coffre.</translation>
    </message>
    <message>
        <location filename="../ui/ChooseKeyPage.cpp" line="229"/>
        <source>“%1” is not a duration: use a whole number with s, m, h, d or w, such as 30s, 15m, 2h, 7d or 1h30m.</source>
        <translation>« %1 » n&apos;est pas une durée : utilisez un nombre entier suivi de s, m, h, d ou w, par exemple 30s, 15m, 2h, 7d ou 1h30m.</translation>
    </message>
</context>
<context>
    <name>keyturn::ConfirmRotationPage</name>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="16"/>
        <source>Start the rotation</source>
        <translation>Démarrer la rotation</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="17"/>
        <source>Once started, the run goes on by itself until it completes or needs you; it can be rolled back while the old key is still valid.</source>
        <translation>Une fois démarrée, l&apos;exécution se poursuit d&apos;elle-même jusqu&apos;à son terme ou jusqu&apos;à ce qu&apos;elle ait besoin de vous ; un retour arrière reste possible tant que l&apos;ancienne clé est valide.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="20"/>
        <source>&amp;Start rotation</source>
        <translation>&amp;Démarrer la rotation</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="42"/>
        <source>No plan was made.</source>
        <translation>Aucun plan n&apos;a été établi.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="46"/>
        <source>no time</source>
        <translation>0 s</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="49"/>
        <source>Rotate %1 now:</source>
        <translation>Faire tourner %1 maintenant :</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="50"/>
        <source>1. Create a new key at the provider, named after the run.</source>
        <translation>1. Créer une nouvelle clé chez le fournisseur, nommée d&apos;après l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="51"/>
        <source>2. Write it to the vault at %1; %2 pick it up from there.</source>
        <translation>2. L&apos;écrire dans le coffre sous %1 ; %2 l&apos;y récupèrent.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="53"/>
        <source>the services</source>
        <translation>les services</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="54"/>
        <source>3. Keep the old key (%1) valid for the grace period of %2.</source>
        <translation>3. Garder l&apos;ancienne clé (%1) valide pendant la période de grâce de %2.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="56"/>
        <source>4. Revoke the old key once the new key is seen in use and the old key has been quiet for %1.</source>
        <translation>4. Révoquer l&apos;ancienne clé dès que la nouvelle clé est vue en service et que l&apos;ancienne n&apos;a plus été utilisée depuis %1.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="59"/>
        <source>You accepted that this provider holds one key at a time.</source>
        <translation>Vous avez accepté que ce fournisseur ne détienne qu&apos;une clé à la fois.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="60"/>
        <source>Every step is recorded in the audit log as %1.</source>
        <translation>Chaque étape est consignée dans le journal d&apos;audit au nom de %1.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="70"/>
        <source>The services are not connected: nothing was started.</source>
        <translation>Les services ne sont pas connectés : rien n&apos;a été démarré.</translation>
    </message>
    <message>
        <location filename="../ui/ConfirmRotationPage.cpp" line="75"/>
        <source>The rotation did not start: %1</source>
        <translation>La rotation n&apos;a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>keyturn::ConnectTeamDialog</name>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="56"/>
        <source>no Secret Service keychain is running</source>
        <translation>aucun trousseau Secret Service n&apos;est en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="58"/>
        <source>access to it was denied</source>
        <translation>l&apos;accès au trousseau a été refusé</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="87"/>
        <source>Connect to Team Workspace</source>
        <translation>Connexion à un espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="89"/>
        <source>A team workspace lives on a PostgreSQL server your team shares. There you act as your database user, with what its roles allow.</source>
        <translation>Un espace de travail d&apos;équipe réside sur un serveur PostgreSQL partagé par votre équipe. Vous y agissez en tant que votre utilisateur de base de données, dans les limites de ses rôles.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="102"/>
        <source>Team workspace address</source>
        <translation>Adresse de l&apos;espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="104"/>
        <source>postgresql://user@host:port/database, optionally with ?sslmode=require; never a password</source>
        <translation>postgresql://utilisateur@hôte:port/base, éventuellement avec ?sslmode=require ; jamais de mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="105"/>
        <source>Write the password in the field below, never in the address.</source>
        <translation>Saisissez le mot de passe dans le champ ci-dessous, jamais dans l&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="106"/>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="112"/>
        <location filename="../ui/ConnectTeamDialog.cpp" line="114"/>
        <source>Optional: leave empty to use PGPASSWORD or ~/.pgpass</source>
        <translation>Facultatif : laissez vide pour utiliser PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="113"/>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="115"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="118"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Conserver le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="120"/>
        <source>Keep the password in the system keychain</source>
        <translation>Conserver le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="121"/>
        <source>Later Keyturn windows then find it there. Without it, the password lasts for this session only.</source>
        <translation>Les prochaines fenêtres de Keyturn l&apos;y trouveront. Sinon, le mot de passe ne vaut que pour cette session.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="126"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="134"/>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="136"/>
        <source>Connect to the team workspace</source>
        <translation>Se connecter à l&apos;espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="139"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="140"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="176"/>
        <source>Connect to &amp;team workspace…</source>
        <translation>Se connecter à un espace de &amp;travail d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="180"/>
        <source>Open a shared PostgreSQL workspace in a new window</source>
        <translation>Ouvrir un espace de travail PostgreSQL partagé dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="192"/>
        <source>Team workspace</source>
        <translation>Espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="216"/>
        <source>the team workspace</source>
        <translation>l&apos;espace de travail d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="227"/>
        <source>The system keychain could not read the password of %1 (%2). Set PGPASSWORD or use ~/.pgpass instead, or unlock a Secret Service keychain.</source>
        <translation>Le trousseau système n&apos;a pas pu lire le mot de passe de %1 (%2). Définissez plutôt PGPASSWORD ou utilisez ~/.pgpass, ou déverrouillez un trousseau Secret Service.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="267"/>
        <source>Write the address of the team workspace, such as postgresql://alice@db.example.com:5432/keyturn.</source>
        <translation>Saisissez l&apos;adresse de l&apos;espace de travail d&apos;équipe, par exemple postgresql://alice@db.example.com:5432/keyturn.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="274"/>
        <source>That is not the address of a team workspace. It starts with postgresql:// and names the user, the server and the database, such as postgresql://alice@db.example.com:5432/keyturn. Nothing was opened.</source>
        <translation>Ce n&apos;est pas l&apos;adresse d&apos;un espace de travail d&apos;équipe. Elle commence par postgresql:// et indique l&apos;utilisateur, le serveur et la base de données, par exemple postgresql://alice@db.example.com:5432/keyturn. Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="282"/>
        <source>Connecting to the team workspace…</source>
        <translation>Connexion à l&apos;espace de travail d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="317"/>
        <source>The connection test stopped unexpectedly. Nothing was opened.</source>
        <translation>Le test de connexion s&apos;est arrêté de façon inattendue. Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="330"/>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="343"/>
        <source>Connected as %1. Keeping the password in the system keychain…</source>
        <translation>Connecté en tant que %1. Enregistrement du mot de passe dans le trousseau système…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="357"/>
        <source>Connected as %1, but the system keychain could not keep the password (%2). The new window gets it for this session only; next time set PGPASSWORD or use ~/.pgpass, or unlock a Secret Service keychain.</source>
        <translation>Connecté en tant que %1, mais le trousseau système n&apos;a pas pu conserver le mot de passe (%2). La nouvelle fenêtre le reçoit pour cette session uniquement ; la prochaine fois, définissez PGPASSWORD ou utilisez ~/.pgpass, ou déverrouillez un trousseau Secret Service.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectTeamDialog.cpp" line="387"/>
        <source>The new Keyturn window could not start: %1</source>
        <translation>La nouvelle fenêtre Keyturn n&apos;a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>keyturn::ConnectionProfile</name>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="72"/>
        <source>profile name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>nom de profil &apos;%1&apos; : utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="73"/>
        <source>the platform URL</source>
        <translation>l&apos;URL de la plateforme</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="75"/>
        <source>the vault URL</source>
        <translation>l&apos;URL du coffre</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="79"/>
        <source>the vault mount &apos;%1&apos; is not a mount path</source>
        <translation>le point de montage du coffre &apos;%1&apos; n&apos;est pas un chemin de montage</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="82"/>
        <source>mail transport must be mail-api or smtp, not &apos;%1&apos;</source>
        <translation>le transport de messagerie doit être mail-api ou smtp, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="85"/>
        <source>the mail API transport needs a URL</source>
        <translation>le transport par API de messagerie nécessite une URL</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="86"/>
        <source>the mail API URL</source>
        <translation>l&apos;URL de l&apos;API de messagerie</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="92"/>
        <source>the SMTP URL &apos;%1&apos; is not an smtp:// or smtps:// URL</source>
        <translation>l&apos;URL SMTP &apos;%1&apos; n&apos;est pas une URL smtp:// ou smtps://</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="94"/>
        <source>the SMTP URL must hold no password; it comes from KEYTURN_SMTP_PASSWORD or the keychain</source>
        <translation>l&apos;URL SMTP ne doit contenir aucun mot de passe ; il provient de KEYTURN_SMTP_PASSWORD ou du trousseau</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="99"/>
        <source>the sender &apos;%1&apos; is not a mail address</source>
        <translation>l&apos;expéditeur &apos;%1&apos; n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../app/core/net/ConnectionProfile.cpp" line="102"/>
        <source>the CA bundle %1 cannot be read</source>
        <translation>le fichier de certificats d&apos;AC %1 ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>keyturn::Connections</name>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="64"/>
        <source>no platform is configured in the connection profile</source>
        <translation>aucune plateforme n&apos;est configurée dans le profil de connexion</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="71"/>
        <source>%1 has no provider admin API URL (provider_api) to create and revoke its keys</source>
        <translation>%1 n&apos;a pas d&apos;URL d&apos;API d&apos;administration du fournisseur (provider_api) pour créer et révoquer ses clés</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="92"/>
        <source>no token for the %1 admin API: set %2</source>
        <translation>aucun jeton pour l&apos;API d&apos;administration de %1 : définissez %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="200"/>
        <source>reachable at %1; token accepted; %2 users</source>
        <translation>joignable à %1 ; jeton accepté ; %2 utilisateurs</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="205"/>
        <location filename="../app/core/net/Connections.cpp" line="232"/>
        <location filename="../app/core/net/Connections.cpp" line="296"/>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="219"/>
        <source>reachable, but the vault is sealed</source>
        <translation>joignable, mais le coffre est scellé</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="219"/>
        <source>reachable, but not initialised</source>
        <translation>joignable, mais non initialisé</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="225"/>
        <source>reachable, unsealed (%1); token valid, policies: %2</source>
        <translation>joignable, descellé (%1) ; jeton valide, politiques : %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="252"/>
        <source>reachable, but there is no mail API token (KEYTURN_MAIL_TOKEN or the keychain)</source>
        <translation>joignable, mais il n&apos;y a pas de jeton d&apos;API de messagerie (KEYTURN_MAIL_TOKEN ou le trousseau)</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="255"/>
        <source>reachable at %1; token accepted</source>
        <translation>joignable à %1 ; jeton accepté</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="259"/>
        <source>reachable at %1; the token is checked on the first send</source>
        <translation>joignable à %1 ; le jeton est vérifié au premier envoi</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="283"/>
        <source>SMTP server %1:%2 accepts connections; TLS and login are checked on the first send</source>
        <translation>Le serveur SMTP %1:%2 accepte les connexions ; TLS et l&apos;authentification sont vérifiés au premier envoi</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="289"/>
        <source>cannot reach the SMTP server %1:%2: %3</source>
        <translation>impossible de joindre le serveur SMTP %1:%2 : %3</translation>
    </message>
    <message>
        <location filename="../app/core/net/Connections.cpp" line="292"/>
        <source>no answer from the SMTP server %1:%2</source>
        <translation>aucune réponse du serveur SMTP %1:%2</translation>
    </message>
</context>
<context>
    <name>keyturn::ConsumersModel</name>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="60"/>
        <source>to notify</source>
        <translation>à prévenir</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="62"/>
        <source>notified</source>
        <translation>prévenu</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="64"/>
        <source>reminded</source>
        <translation>relancé</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="66"/>
        <source>extended</source>
        <translation>prolongé</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="68"/>
        <source>migrated</source>
        <translation>migré</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="70"/>
        <source>unmigrated</source>
        <translation>non migré</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="72"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="104"/>
        <source>Never seen in use</source>
        <translation>Aucune utilisation constatée</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="108"/>
        <source>Open campaign</source>
        <translation>Campagne ouverte</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="108"/>
        <source>Closed campaign</source>
        <translation>Campagne clôturée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="115"/>
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="116"/>
        <source>passed %n d ago</source>
        <translation>
            <numerusform>dépassée depuis %n j</numerusform>
            <numerusform>dépassée depuis %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="120"/>
        <source>Sent: %1, the last on %2. Waiting for approval or their send time: %3.</source>
        <translation>Envoyés : %1, le dernier le %2. En attente d&apos;approbation ou de leur heure d&apos;envoi : %3.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="124"/>
        <source>Sent: none. Waiting for approval or their send time: %1.</source>
        <translation>Envoyés : aucun. En attente d&apos;approbation ou de leur heure d&apos;envoi : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="155"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="157"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ConsumersModel.cpp" line="157"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="162"/>
        <source>%1 sent, %2 waiting</source>
        <translation>envoyés : %1, en attente : %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="173"/>
        <source>Consumer</source>
        <translation>Consommateur</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="174"/>
        <source>Platform id</source>
        <translation>ID plateforme</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="175"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="176"/>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="177"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="178"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="179"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="180"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="181"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="182"/>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="201"/>
        <source>new key created, not used yet</source>
        <translation>nouvelle clé créée, pas encore utilisée</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="202"/>
        <source>new key not used yet</source>
        <translation>nouvelle clé pas encore utilisée</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="203"/>
        <source>no deadline</source>
        <translation>aucune échéance</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="210"/>
        <source>Not told yet: the first notice waits for approval in the queue.</source>
        <translation>Pas encore prévenu : le premier avis attend son approbation dans la file.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="212"/>
        <source>Not told yet: the first notice is approved and goes out at %1.</source>
        <translation>Pas encore prévenu : le premier avis est approuvé et part le %1.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="214"/>
        <source>Not told yet: the first notice was rejected and waits to be edited.</source>
        <translation>Pas encore prévenu : le premier avis a été rejeté et attend d&apos;être modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="216"/>
        <source>Not told yet: sending the first notice failed (%1).</source>
        <translation>Pas encore prévenu : l&apos;envoi du premier avis a échoué (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="218"/>
        <source>Not told yet: no notice is drafted (see the notice settings and the alerts).</source>
        <translation>Pas encore prévenu : aucun avis n&apos;est rédigé (voir les paramètres des avis et les alertes).</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="221"/>
        <source>Notified on %1; %2.</source>
        <translation>Prévenu le %1 ; %2.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="232"/>
        <source>Reminded 1 day before the deadline; %1.</source>
        <translation>Relancé 1 jour avant l&apos;échéance ; %1.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="233"/>
        <source>Reminded %1 days before the deadline; %2.</source>
        <translation>Relancé %1 jours avant l&apos;échéance ; %2.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="237"/>
        <source>Deadline extended to %1 (it was %2); %3.</source>
        <translation>Échéance reportée au %1 (ancienne échéance : %2) ; %3.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="238"/>
        <source>earlier</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="242"/>
        <source>Migrated: the new key is in use and the old key has gone quiet.</source>
        <translation>Migré : la nouvelle clé est utilisée et l&apos;ancienne clé ne reçoit plus d&apos;appels.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="243"/>
        <source>Migrated: the new key is in use; the old key still sees calls.</source>
        <translation>Migré : la nouvelle clé est utilisée ; l&apos;ancienne clé reçoit encore des appels.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="247"/>
        <source>The deadline (%1) passed and the new key is not used yet: the run waits for an engineer to extend the deadline or decide.</source>
        <translation>L&apos;échéance (%1) est passée et la nouvelle clé n&apos;est pas encore utilisée : l&apos;exécution attend qu&apos;un ingénieur prolonge l&apos;échéance ou tranche.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="250"/>
        <source>The deadline (%1) passed and the new key is not used yet.</source>
        <translation>L&apos;échéance (%1) est passée et la nouvelle clé n&apos;est pas encore utilisée.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="254"/>
        <source>The consumer revoked their old key themselves.</source>
        <translation>Le consommateur a révoqué lui-même son ancienne clé.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="256"/>
        <source>The old key was revoked at the deadline before the consumer migrated.</source>
        <translation>L&apos;ancienne clé a été révoquée à l&apos;échéance, avant la migration du consommateur.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ConsumersModel.cpp" line="257"/>
        <source>The old key was revoked after the consumer migrated.</source>
        <translation>L&apos;ancienne clé a été révoquée après la migration du consommateur.</translation>
    </message>
</context>
<context>
    <name>keyturn::ConsumersView</name>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="66"/>
        <source>Filter by name, platform id, contact, integration or campaign…</source>
        <translation>Filtrer par nom, ID plateforme, contact, intégration ou campagne…</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="68"/>
        <source>Filter consumers</source>
        <translation>Filtre des consommateurs</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="69"/>
        <source>Filter the consumers</source>
        <translation>Filtrer les consommateurs</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="70"/>
        <source>Show the consumers whose name, platform id, contact, integration or campaign contains this text.</source>
        <translation>Afficher les consommateurs dont le nom, l&apos;ID plateforme, le contact, l&apos;intégration ou la campagne contient ce texte.</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="75"/>
        <source>Show consumers</source>
        <translation>Consommateurs à afficher</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="76"/>
        <source>All consumers</source>
        <translation>Tous les consommateurs</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="77"/>
        <source>In a campaign</source>
        <translation>Dans une campagne</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="78"/>
        <source>Not migrated</source>
        <translation>Non migrés</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="79"/>
        <source>Consumers in an open rotation campaign</source>
        <translation>Consommateurs d&apos;une campagne de rotation ouverte</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="81"/>
        <source>Consumers in a campaign who do not use their new key yet (revoked ones left out)</source>
        <translation>Consommateurs d&apos;une campagne qui n&apos;utilisent pas encore leur nouvelle clé (hors clés révoquées)</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="87"/>
        <source>API consumers</source>
        <translation>Consommateurs d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="110"/>
        <source>unmigrated</source>
        <translation>non migré</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="155"/>
        <source>No consumers yet: they come from the platform with Sync (keyturnctl sync, or the demo).</source>
        <translation>Aucun consommateur pour l&apos;instant : ils proviennent de la plateforme par synchronisation (keyturnctl sync, ou la démo).</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="158"/>
        <source>%1 of %2 consumers shown</source>
        <translation>Consommateurs affichés : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/ConsumersView.cpp" line="160"/>
        <source> · %1 in an open campaign, %2 not migrated yet</source>
        <translation> · dans une campagne ouverte : %1, pas encore migrés : %2</translation>
    </message>
</context>
<context>
    <name>keyturn::CronSchedule</name>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="110"/>
        <source>a cron schedule has 5 fields (minute hour day-of-month month day-of-week); &apos;%1&apos; has %2</source>
        <translation>une planification cron comporte 5 champs (minute heure jour-du-mois mois jour-de-la-semaine) ; &apos;%1&apos; en comporte %2</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="114"/>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="115"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="116"/>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="117"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="118"/>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
</context>
<context>
    <name>keyturn::DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="134"/>
        <source>Key health</source>
        <translation>Santé des clés</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="154"/>
        <source>Show the keys that are %1 in the inventory</source>
        <translation>Afficher dans l&apos;inventaire les clés à l&apos;état « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <source>Key age against policy</source>
        <translation>Âge des clés au regard de la politique</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <location filename="../ui/DashboardView.cpp" line="468"/>
        <source>Days since last use</source>
        <translation>Jours depuis la dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <source>Upcoming rotations per week</source>
        <translation>Rotations à venir par semaine</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="175"/>
        <source>Migration burn-down</source>
        <translation>Avancement de la migration</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="175"/>
        <source>401 responses during running rotations</source>
        <translation>Réponses 401 pendant les rotations en cours</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="182"/>
        <source>Scatter chart: one point per key with a current version, its age in days across, its age divided by its rotation interval up; points above the 1× line are overdue, above 1.5× critical. The inventory&apos;s Status column lists the same keys.</source>
        <translation>Nuage de points : un point par clé ayant une version actuelle, son âge en jours en abscisse, son âge divisé par son intervalle de rotation en ordonnée ; les points au-dessus de la ligne 1× sont en retard, au-dessus de 1,5× critiques. La colonne État de l&apos;inventaire liste les mêmes clés.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="186"/>
        <source>Stacked bar chart: keys by days since their last use, split into in use, stale, potentially stale and never used.</source>
        <translation>Histogramme empilé : les clés par jours depuis leur dernière utilisation, réparties en utilisées, inutilisées, peut-être abandonnées et jamais utilisées.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="188"/>
        <source>Stacked bar chart: the keys due for rotation in each of the coming weeks, split into overdue, held and issued keys.</source>
        <translation>Histogramme empilé : les clés à échéance de rotation pour chacune des semaines à venir, réparties en clés en retard, détenues et émises.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="190"/>
        <source>Line chart: for the open campaign, the consumers notified and migrated over time against all its consumers, with the deadline and now marked.</source>
        <translation>Graphique linéaire : pour la campagne ouverte, les consommateurs prévenus et migrés au fil du temps par rapport à l&apos;ensemble de ses consommateurs, avec l&apos;échéance et l&apos;instant présent marqués.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="192"/>
        <source>Horizontal bar chart: per running rotation, the 401 responses the provider reported for the old key and for the new key.</source>
        <translation>Histogramme horizontal : pour chaque rotation en cours, les réponses 401 signalées par le fournisseur pour l&apos;ancienne clé et pour la nouvelle.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="280"/>
        <source>%1: %2 keys</source>
        <translation>%1 : %2 clés</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="284"/>
        <source>Reading the inventory…</source>
        <translation>Lecture de l&apos;inventaire…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="363"/>
        <source>Age of the current key (days)</source>
        <translation>Âge de la clé actuelle (jours)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="366"/>
        <source>Age ÷ rotation interval</source>
        <translation>Âge ÷ intervalle de rotation</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="374"/>
        <source>1× interval: overdue</source>
        <translation>Intervalle 1× : en retard</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="377"/>
        <source>1.5×: critical</source>
        <translation>1,5× : critique</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="439"/>
        <source>Within policy (%1)</source>
        <translation>Conformes à la politique (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="439"/>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="439"/>
        <source>Critical (%1)</source>
        <translation>Critiques (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="450"/>
        <source>A dot per key. Dashed lines: overdue at 1×, critical above 1.5× its interval.</source>
        <translation>Un point par clé. Lignes pointillées : en retard à 1×, critique au-delà de 1,5× l&apos;intervalle.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="452"/>
        <source>%1 keys as %2 dots (coinciding keys share one).</source>
        <translation>%1 clés représentées par %2 points (les clés confondues partagent un point).</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="471"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="494"/>
        <source>7 d: stale</source>
        <translation>7 j : inutilisée</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="497"/>
        <source>30 d: potentially stale</source>
        <translation>30 j : peut-être abandonnée</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="518"/>
        <source>Dashed lines: stale from 7 days unused, potentially stale from 30. A bar opens its longest unused key.</source>
        <translation>Lignes pointillées : inutilisée à partir de 7 jours sans usage, peut-être abandonnée à partir de 30. Une barre ouvre sa clé inutilisée depuis le plus longtemps.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="535"/>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="538"/>
        <source>Keys due</source>
        <translation>Clés à échéance</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="569"/>
        <source>Next 13 weeks by cron schedule or interval.</source>
        <translation>13 prochaines semaines selon la planification cron ou l&apos;intervalle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="571"/>
        <source>%n key(s) due later.</source>
        <translation>
            <numerusform>%n clé à échéance plus tard.</numerusform>
            <numerusform>%n clés à échéance plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="573"/>
        <source>%n being rotated now not counted.</source>
        <translation>
            <numerusform>%n clé en cours de rotation non comptée.</numerusform>
            <numerusform>%n clés en cours de rotation non comptées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="583"/>
        <source>The burn-down of a campaign needs the workspace&apos;s campaigns.</source>
        <translation>L&apos;avancement d&apos;une campagne nécessite les campagnes de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="591"/>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="593"/>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="630"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="633"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="666"/>
        <source>Consumers (%1)</source>
        <translation>Consommateurs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="673"/>
        <source>%1: %2 of %3 consumers migrated; deadline %4.</source>
        <translation>%1 : %2 consommateurs migrés sur %3 ; échéance %4.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="686"/>
        <source>The 401 counts of running rotations need the workspace&apos;s runs.</source>
        <translation>Les décomptes de 401 des rotations en cours nécessitent les exécutions de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="697"/>
        <source>401 responses reported by the provider</source>
        <translation>Réponses 401 signalées par le fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="726"/>
        <source>Per running run, the old and the new key&apos;s 401 counts; a bar opens the key.</source>
        <translation>Pour chaque exécution en cours, les décomptes de 401 de l&apos;ancienne et de la nouvelle clé ; une barre ouvre la clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="727"/>
        <source>No 401s reported during the %n running rotation(s).</source>
        <translation>
            <numerusform>Aucune réponse 401 signalée pendant %n rotation en cours.</numerusform>
            <numerusform>Aucune réponse 401 signalée pendant les %n rotations en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="730"/>
        <source>%n run(s) with fewer 401s not shown.</source>
        <translation>
            <numerusform>%n exécution avec moins de 401 non affichée.</numerusform>
            <numerusform>%n exécutions avec moins de 401 non affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="285"/>
        <source>%1 held keys and %2 issued keys across %3 providers</source>
        <translation>%1 clés détenues et %2 clés émises chez %3 fournisseurs</translation>
    </message>
</context>
<context>
    <name>keyturn::Database</name>
    <message>
        <location filename="../app/core/store/Database.cpp" line="98"/>
        <source>&apos;%1&apos; is not a PostgreSQL address; write postgresql://user@host:5432/database.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse PostgreSQL ; écrivez postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="102"/>
        <source>The address of the team workspace carries a password. Keyturn does not take one there: it would show in process lists, shell history and logs. Put it in PGPASSWORD or ~/.pgpass, or let the GUI keep it in the keychain. Nothing was opened.</source>
        <translation>L&apos;adresse de l&apos;espace de travail d&apos;équipe contient un mot de passe. Keyturn n&apos;en accepte pas à cet endroit : il apparaîtrait dans les listes de processus, l&apos;historique du shell et les journaux. Placez-le dans PGPASSWORD ou ~/.pgpass, ou laissez l&apos;interface graphique le conserver dans le trousseau. Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="109"/>
        <source>%1 names no database; write postgresql://user@host:5432/database.</source>
        <translation>%1 n&apos;indique aucune base de données ; écrivez postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="114"/>
        <source>%1: unknown connection option &apos;%2&apos;; Keyturn passes on %3. Nothing was opened.</source>
        <translation>%1 : option de connexion inconnue &apos;%2&apos; ; Keyturn ne transmet que %3. Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="117"/>
        <source>%1: the value of &apos;%2&apos; may not contain spaces, quotes or semicolons.</source>
        <translation>%1 : la valeur de &apos;%2&apos; ne doit contenir ni espaces, ni guillemets, ni points-virgules.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="126"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL, paquet Debian libqt6sql6-psql) n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="148"/>
        <location filename="../app/core/store/Database.cpp" line="152"/>
        <source>Cannot connect to the team workspace %1: %2</source>
        <translation>Impossible de se connecter à l&apos;espace de travail d&apos;équipe %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="164"/>
        <source>No workspace given: name a workspace file.</source>
        <translation>Aucun espace de travail indiqué : désignez un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="168"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="172"/>
        <source>There is no workspace at %1; create one with &apos;keyturnctl --workspace %1 init&apos;.</source>
        <translation>Aucun espace de travail à l&apos;emplacement %1 ; créez-en un avec &apos;keyturnctl --workspace %1 init&apos;.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="174"/>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Impossible de créer le dossier %1 pour l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="177"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="188"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="195"/>
        <source>%1 is not a Keyturn workspace (not a readable SQLite database: %2). It was left unchanged.</source>
        <translation>%1 n&apos;est pas un espace de travail Keyturn (ce n&apos;est pas une base de données SQLite lisible : %2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="261"/>
        <source>Your database role does not allow this: %1. Ask an administrator of the team workspace for the Keyturn role it needs. Nothing was changed.</source>
        <translation>Votre rôle de base de données ne permet pas cette opération : %1. Demandez à un administrateur de l&apos;espace de travail d&apos;équipe le rôle Keyturn nécessaire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="265"/>
        <location filename="../app/core/store/Database.cpp" line="290"/>
        <source>database error: %1</source>
        <translation>erreur de base de données : %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="303"/>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="312"/>
        <source>commit without a transaction</source>
        <translation>validation (commit) sans transaction</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="317"/>
        <source>an earlier step of this change failed, so none of it was saved</source>
        <translation>une étape antérieure de cette modification a échoué, rien n&apos;en a donc été enregistré</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="321"/>
        <source>cannot save the change: %1</source>
        <translation>impossible d&apos;enregistrer la modification : %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="363"/>
        <source>%1 is a SQLite database but not a Keyturn workspace (it has no schema_migrations table). It was left unchanged.</source>
        <translation>%1 est une base de données SQLite, mais pas un espace de travail Keyturn (elle n&apos;a pas de table schema_migrations). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="366"/>
        <source>The database %1 holds other tables but no Keyturn workspace (no schema_migrations table). It was left unchanged; use an empty database for Keyturn.</source>
        <translation>La base de données %1 contient d&apos;autres tables, mais aucun espace de travail Keyturn (pas de table schema_migrations). Elle n&apos;a pas été modifiée ; utilisez une base de données vide pour Keyturn.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="371"/>
        <source>The database %1 holds no Keyturn workspace yet; create it with &apos;keyturnctl --database %1 init&apos;. Nothing was changed.</source>
        <translation>La base de données %1 ne contient pas encore d&apos;espace de travail Keyturn ; créez-le avec &apos;keyturnctl --database %1 init&apos;. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="385"/>
        <source>The workspace %1 was written by a newer Keyturn (schema %2; this build knows up to %3). It was left unchanged.</source>
        <translation>L&apos;espace de travail %1 a été écrit par une version plus récente de Keyturn (schéma %2 ; cette version connaît les schémas jusqu&apos;au %3). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="399"/>
        <source>Migrating the workspace to schema %1 failed (%2); it was left at schema %3.</source>
        <translation>La migration de l&apos;espace de travail vers le schéma %1 a échoué (%2) ; il est resté au schéma %3.</translation>
    </message>
    <message>
        <location filename="../app/core/store/RowReader.cpp" line="80"/>
        <location filename="../app/core/store/RowReader.cpp" line="100"/>
        <source>The workspace database failed: %1</source>
        <translation>Défaillance de la base de données de l&apos;espace de travail : %1</translation>
    </message>
</context>
<context>
    <name>keyturn::DemoWorld</name>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="89"/>
        <source>Production keys, %1</source>
        <translation>Clés de production, %1</translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="152"/>
        <source>the demo found no synced production key in use to open a campaign on</source>
        <translation>la démo n&apos;a trouvé aucune clé de production synchronisée et en service sur laquelle ouvrir une campagne</translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="254"/>
        <source>Cannot replace the demo workspace at %1: %2</source>
        <translation>Impossible de remplacer l&apos;espace de travail de démo %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/demo/DemoWorld.cpp" line="609"/>
        <source>Building the demo workspace failed: %1</source>
        <translation>La construction de l&apos;espace de travail de démo a échoué : %1</translation>
    </message>
</context>
<context>
    <name>keyturn::EmergencyConfirmPage</name>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="19"/>
        <source>Revoke the key now</source>
        <translation>Révoquer la clé maintenant</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="20"/>
        <source>For a leaked or compromised key: a new key goes to the vault and the old one is revoked at once.</source>
        <translation>Pour une clé divulguée ou compromise : une nouvelle clé est placée dans le coffre et l&apos;ancienne est révoquée immédiatement.</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="22"/>
        <source>&amp;Revoke now</source>
        <translation>&amp;Révoquer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="29"/>
        <source>Rea&amp;son (required, recorded in the audit log):</source>
        <translation>&amp;Motif (obligatoire, consigné dans le journal d&apos;audit) :</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="32"/>
        <source>Reason for the emergency revocation</source>
        <translation>Motif de la révocation d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="33"/>
        <source>What happened, e.g. “key pasted in a public issue”</source>
        <translation>Ce qui s&apos;est passé, par ex. « clé collée dans un ticket public »</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="41"/>
        <source>Type the key&apos;s name to confirm</source>
        <translation>Saisissez le nom de la clé pour confirmer</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="65"/>
        <source>The old key of %1 stops working as soon as the new key is in the vault, without a grace period. Services that have not picked up the new key fail until they do. Providers that hold one key at a time are replaced the same way. The run is marked urgent.</source>
        <translation>L&apos;ancienne clé de %1 cesse de fonctionner dès que la nouvelle clé est dans le coffre, sans période de grâce. Les services qui n&apos;ont pas encore récupéré la nouvelle clé échouent jusqu&apos;à ce qu&apos;ils le fassent. Les clés des fournisseurs qui ne détiennent qu&apos;une clé à la fois sont remplacées de la même manière. L&apos;exécution est marquée comme urgente.</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="69"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="88"/>
        <source>The services are not connected: nothing was revoked.</source>
        <translation>Les services ne sont pas connectés : rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <location filename="../ui/EmergencyConfirmPage.cpp" line="99"/>
        <source>The emergency revocation did not start: %1</source>
        <translation>La révocation d&apos;urgence n&apos;a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>keyturn::EmergencyRevokeWizard</name>
    <message>
        <location filename="../ui/EmergencyRevokeWizard.cpp" line="13"/>
        <source>Emergency revoke</source>
        <translation>Révocation d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>keyturn::HttpJob</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="144"/>
        <location filename="../app/core/net/HttpJob.cpp" line="257"/>
        <source>the request to %1 was cancelled</source>
        <translation>la requête vers %1 a été annulée</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="154"/>
        <source>%1: &apos;%2&apos; is not an http(s) URL</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="214"/>
        <location filename="../app/core/net/HttpJob.cpp" line="235"/>
        <source>%1 at %2 sent more than %3 bytes; the answer was discarded</source>
        <translation>%1 (%2) a envoyé plus de %3 octets ; la réponse a été ignorée</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="222"/>
        <source>no answer from %1 at %2 within %3 s</source>
        <translation>aucune réponse de %1 (%2) en %3 s</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="251"/>
        <source>TLS with %1 at %2 failed: %3</source>
        <translation>la connexion TLS avec %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="254"/>
        <source>no answer from %1 at %2</source>
        <translation>aucune réponse de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="261"/>
        <source>cannot reach %1 at %2: %3</source>
        <translation>impossible de joindre %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>keyturn::HttpResponse</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="72"/>
        <source>%1 answered with malformed JSON (%2 at byte %3)</source>
        <translation>%1 a répondu avec du JSON mal formé (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="75"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation>%1 a répondu avec du JSON qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="100"/>
        <source>not authenticated: the token was missing or not accepted</source>
        <translation>non authentifié : le jeton était absent ou n&apos;a pas été accepté</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="101"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="102"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="103"/>
        <source>the server gave no reason</source>
        <translation>le serveur n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="107"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 a refusé la requête : %2</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportConfirmPage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="219"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="220"/>
        <source>Everything is written in one step, or nothing is.</source>
        <translation>Tout est écrit en une seule fois, ou rien ne l&apos;est.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="222"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="239"/>
        <source>Import %1 into %2: %3 to add, %4 to change.</source>
        <translation>Importer %1 dans %2 : %3 à ajouter, %4 à modifier.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="243"/>
        <source>Each change is recorded in the audit log as %1.</source>
        <translation>Chaque modification est consignée dans le journal d&apos;audit au nom de %1.</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportDonePage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="274"/>
        <source>Imported</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="288"/>
        <source>The inventory now holds the file&apos;s credentials: %1 added, %2 changed, %3 unchanged.</source>
        <translation>L&apos;inventaire contient désormais les clés du fichier. Ajoutées : %1 ; modifiées : %2 ; inchangées : %3.</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportFilePage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="45"/>
        <source>Choose the inventory file</source>
        <translation>Choisir le fichier d&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="46"/>
        <source>YAML in the rotation guide&apos;s format (api_keys: and/or rotation_schedules:), or CSV with a header row of the same field names. Nothing is written before you confirm.</source>
        <translation>Du YAML au format du guide de rotation (api_keys: et/ou rotation_schedules:), ou du CSV avec une ligne d&apos;en-tête reprenant les mêmes noms de champs. Rien n&apos;est écrit avant votre confirmation.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="49"/>
        <source>inventory.yaml or inventory.csv</source>
        <translation>inventory.yaml ou inventory.csv</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="60"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="84"/>
        <source>Import inventory</source>
        <translation>Importer l&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="85"/>
        <source>Inventory files (*.yaml *.yml *.csv);;All files (*)</source>
        <translation>Fichiers d&apos;inventaire (*.yaml *.yml *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="96"/>
        <source>There is no file at this path.</source>
        <translation>Aucun fichier à cet emplacement.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="99"/>
        <source>Read as CSV.</source>
        <translation>Sera lu comme du CSV.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="100"/>
        <source>Read as YAML.</source>
        <translation>Sera lu comme du YAML.</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportIssue</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="570"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportPreviewPage</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="115"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="116"/>
        <source>What importing the file would change. Nothing has been written yet.</source>
        <translation>Ce que l&apos;importation du fichier modifierait. Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="122"/>
        <source>Changes the import would make</source>
        <translation>Modifications qu&apos;apporterait l&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="124"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="129"/>
        <source>Problems in the file:</source>
        <translation>Problèmes dans le fichier :</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="153"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="154"/>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="155"/>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="159"/>
        <source>%1 · %2 · every %3 days</source>
        <translation>%1 · %2 · tous les %3 jours</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="163"/>
        <source>changes: %1</source>
        <translation>modifications : %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="167"/>
        <location filename="../ui/ImportWizard.cpp" line="168"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="169"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="176"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="181"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="187"/>
        <source>%1 to add, %2 to change, %3 unchanged.</source>
        <translation>À ajouter : %1 ; à modifier : %2 ; inchangées : %3.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="190"/>
        <source>Errors: %1. Fix the file and choose it again; nothing can be imported until then.</source>
        <translation>Erreurs : %1. Corrigez le fichier et choisissez-le à nouveau ; rien ne peut être importé d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="193"/>
        <source>The inventory already matches the file: there is nothing to import.</source>
        <translation>L&apos;inventaire correspond déjà au fichier : il n&apos;y a rien à importer.</translation>
    </message>
</context>
<context>
    <name>keyturn::ImportWizard</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="303"/>
        <source>Import inventory</source>
        <translation>Importer l&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="354"/>
        <location filename="../ui/ImportWizard.cpp" line="361"/>
        <source>Export inventory as CSV</source>
        <translation>Exporter l&apos;inventaire en CSV</translation>
    </message>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="355"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryImport</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="612"/>
        <source>a schedule has 5 fields (minute hour day-of-month month day-of-week), not %1</source>
        <translation>une planification comporte 5 champs (minute heure jour-du-mois mois jour-de-la-semaine), et non %1</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="639"/>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="645"/>
        <source>%1 is %2 MB; files over %3 MB are refused (split it into smaller files)</source>
        <translation>%1 fait %2 Mo&#xa0;; les fichiers de plus de %3 Mo sont refusés (scindez-le en fichiers plus petits)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="653"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="670"/>
        <source>the file is over %1 MB and was refused</source>
        <translation>le fichier dépasse %1 Mo et a été refusé</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="677"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="762"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="681"/>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>le texte n&apos;est pas en UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="699"/>
        <source>the header has an empty column name</source>
        <translation>l&apos;en-tête contient un nom de colonne vide</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="701"/>
        <source>the header names column %1 twice</source>
        <translation>l&apos;en-tête nomme deux fois la colonne %1</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="707"/>
        <source>the first row must be a header naming the columns, with at least %1 (found: %2)</source>
        <translation>la première ligne doit être un en-tête nommant les colonnes, dont au moins %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="719"/>
        <source>this row has %1 cells where the header has %2 columns (a comma inside a cell needs quotes)</source>
        <translation>cette ligne a %1 cellules alors que l&apos;en-tête a %2 colonnes (une virgule dans une cellule exige des guillemets)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="758"/>
        <source>this is not valid YAML: %1</source>
        <translation>ce n&apos;est pas du YAML valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="767"/>
        <source>the file must be a mapping with api_keys: (the inventory) and/or rotation_schedules:</source>
        <translation>le fichier doit être un dictionnaire contenant api_keys: (l&apos;inventaire) et/ou rotation_schedules:</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="781"/>
        <source>unknown section &apos;%1&apos; is ignored</source>
        <translation>la section inconnue &apos;%1&apos; est ignorée</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="786"/>
        <source>the file has neither api_keys: (the inventory) nor rotation_schedules:</source>
        <translation>le fichier ne contient ni api_keys: (l&apos;inventaire) ni rotation_schedules:</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="809"/>
        <source>name &apos;%1&apos; already appears on line %2</source>
        <translation>le nom &apos;%1&apos; figure déjà à la ligne %2</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="825"/>
        <source>provider is missing (a new credential needs one)</source>
        <translation>le fournisseur (provider) est absent (obligatoire pour une nouvelle clé)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="827"/>
        <source>environment is missing (a new credential needs one)</source>
        <translation>l&apos;environnement (environment) est absent (obligatoire pour une nouvelle clé)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="859"/>
        <source>secret is missing (the credential&apos;s name or vault path)</source>
        <translation>le champ secret est absent (nom de la clé ou chemin dans le coffre)</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="888"/>
        <source>secret &apos;%1&apos; matches no credential by name or vault path</source>
        <translation>le secret &apos;%1&apos; ne correspond à aucune clé, ni par nom ni par chemin dans le coffre</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="894"/>
        <source>secret &apos;%1&apos; matches more than one credential (%2); use the name</source>
        <translation>le secret &apos;%1&apos; correspond à plusieurs clés (%2)&#xa0;; utilisez le nom</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="901"/>
        <source>secret &apos;%1&apos; names %2, which line %3 already schedules</source>
        <translation>le secret &apos;%1&apos; désigne %2, que la ligne %3 planifie déjà</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="922"/>
        <source>the entry for %1 sets neither schedule nor grace_period</source>
        <translation>l&apos;entrée de %1 ne définit ni schedule ni grace_period</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="941"/>
        <source>the import file has errors (%1); nothing was imported</source>
        <translation>le fichier d&apos;import contient des erreurs (%1)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="955"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="964"/>
        <source>line %1: %2; nothing was imported</source>
        <translation>ligne %1&#xa0;: %2&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="985"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="987"/>
        <source>%1; nothing was imported</source>
        <translation>%1&#xa0;; rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryModel</name>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="262"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="265"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="270"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="271"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="27"/>
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n j de retard</numerusform>
            <numerusform>%n j de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="28"/>
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="196"/>
        <source>Never seen in use</source>
        <translation>Jamais vue en service</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="200"/>
        <source>Current key v%1 (%2) since %3</source>
        <translation>Clé actuelle v%1 (%2) depuis le %3</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="204"/>
        <source>Used by %1</source>
        <translation>Utilisée par %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="99"/>
        <source>issued</source>
        <translation>émise</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="99"/>
        <source>held</source>
        <translation>détenue</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="206"/>
        <source>Consumer %1; managed by %2</source>
        <translation>Consommateur %1&#xa0;; clé gérée par %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="232"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="246"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="247"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="248"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="249"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/InventoryModel.cpp" line="267"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="279"/>
        <source>%1: age %2 d, policy %3 d</source>
        <translation>%1&#xa0;: âge %2 j, politique %3 j</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="283"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="298"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="299"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="300"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="301"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="302"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="303"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="304"/>
        <source>Age (d)</source>
        <translation>Âge (j)</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="305"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="306"/>
        <source>Next rotation</source>
        <translation>Prochaine rotation</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="307"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="308"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/core/models/InventoryModel.cpp" line="457"/>
        <source>Reading the inventory stopped unexpectedly.</source>
        <translation>La lecture de l&apos;inventaire s&apos;est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="25"/>
        <source>Reading the inventory…</source>
        <translation>Lecture de l&apos;inventaire…</translation>
    </message>
</context>
<context>
    <name>keyturn::InventoryView</name>
    <message>
        <location filename="../ui/InventoryView.cpp" line="101"/>
        <source>Filter by name, provider, owner, service, vault path or fingerprint…</source>
        <translation>Filtrer par nom, fournisseur, responsable, service, chemin dans le coffre ou empreinte…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="103"/>
        <source>Filter inventory</source>
        <translation>Filtrer l&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="137"/>
        <source>Provider filter</source>
        <translation>Filtre fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="138"/>
        <source>Environment filter</source>
        <translation>Filtre environnement</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="133"/>
        <source>Kind filter</source>
        <translation>Filtre type</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="105"/>
        <source>Filter the inventory</source>
        <translation>Filtrer l&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="106"/>
        <source>Every word must appear in the key&apos;s name, provider, environment, owner, consumer, vault path, fingerprint, prefix, services or labels.</source>
        <translation>Chaque mot doit figurer dans le nom de la clé, son fournisseur, son environnement, son responsable, son consommateur, son chemin dans le coffre, son empreinte, son préfixe, ses services ou ses libellés.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="111"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="114"/>
        <source>Save filter…</source>
        <translation>Enregistrer le filtre…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="116"/>
        <source>Name the current filters to pick them again later (kept in your settings on this computer).</source>
        <translation>Nommez les filtres actuels pour les retrouver plus tard (conservés dans vos paramètres sur cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="118"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="120"/>
        <source>Forget the chosen saved filter.</source>
        <translation>Oublier le filtre enregistré sélectionné.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="121"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="134"/>
        <source>Issued and held</source>
        <translation>Émises et détenues</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="135"/>
        <source>Held keys</source>
        <translation>Clés détenues</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="136"/>
        <source>Issued keys</source>
        <translation>Clés émises</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="139"/>
        <source>Owner filter</source>
        <translation>Filtre responsable</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="140"/>
        <source>Criticality filter</source>
        <translation>Filtre criticité</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="141"/>
        <source>Status filter</source>
        <translation>Filtre statut</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="142"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="164"/>
        <source>Key inventory</source>
        <translation>Inventaire des clés</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="179"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="205"/>
        <location filename="../ui/InventoryView.cpp" line="600"/>
        <source>&amp;Rotate…</source>
        <translation>Faire &amp;tourner…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="207"/>
        <source>Rotate the selected key</source>
        <translation>Faire tourner la clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="209"/>
        <location filename="../ui/InventoryView.cpp" line="602"/>
        <source>E&amp;mergency revoke…</source>
        <translation>Révocation d&apos;&amp;urgence…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="211"/>
        <source>Revoke the selected key at once</source>
        <translation>Révoquer immédiatement la clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="385"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="386"/>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="387"/>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="388"/>
        <source>Any criticality</source>
        <translation>Toutes les criticités</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="396"/>
        <source>Reading the inventory…</source>
        <translation>Lecture de l&apos;inventaire…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="399"/>
        <source>%1 of %2 keys shown</source>
        <translation>%1 clés affichées sur %2</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="418"/>
        <source>No saved filters</source>
        <translation>Aucun filtre enregistré</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="418"/>
        <source>Saved filters…</source>
        <translation>Filtres enregistrés…</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="429"/>
        <source>A saved filter needs a name; nothing was saved.</source>
        <translation>Un filtre enregistré doit avoir un nom&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="432"/>
        <source>Nothing is filtered, so there is nothing to save.</source>
        <translation>Aucun filtre n&apos;est actif&#xa0;: il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="434"/>
        <source>The search text looks like a key, and keys are never written to the settings; nothing was saved. Search by name, fingerprint or prefix instead.</source>
        <translation>Le texte recherché ressemble à une clé, et les clés ne sont jamais écrites dans les paramètres&#xa0;; rien n&apos;a été enregistré. Recherchez plutôt par nom, empreinte ou préfixe.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="477"/>
        <location filename="../ui/InventoryView.cpp" line="483"/>
        <location filename="../ui/InventoryView.cpp" line="487"/>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="477"/>
        <source>Set a filter first: nothing is filtered now.</source>
        <translation>Définissez d&apos;abord un filtre&#xa0;: aucun filtre n&apos;est actif.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="483"/>
        <source>Name of this filter:</source>
        <translation>Nom de ce filtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="516"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="525"/>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="552"/>
        <source>The services are not connected: set them in Settings.</source>
        <translation>Les services ne sont pas connectés&#xa0;: configurez-les dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="556"/>
        <source>Select one key: rotations run one key at a time.</source>
        <translation>Sélectionnez une seule clé&#xa0;: les rotations se font une clé à la fois.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="561"/>
        <source>%1 is an issued key: issued keys rotate as campaigns with their consumers, which come later.</source>
        <translation>%1 est une clé émise&#xa0;: la rotation des clés émises passe par des campagnes avec leurs consommateurs, qui viendront plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="564"/>
        <source>%1 is revoked.</source>
        <translation>%1 est révoquée.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="583"/>
        <source>Rotate the selected key: new key, vault, grace period, then the old key is revoked.</source>
        <translation>Faire tourner la clé sélectionnée&#xa0;: nouvelle clé, coffre, période de grâce, puis révocation de l&apos;ancienne clé.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="586"/>
        <source>Choose a held key and rotate it.</source>
        <translation>Choisissez une clé détenue pour la faire tourner.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="589"/>
        <source>Revoke the selected key at once, with a new key in the vault.</source>
        <translation>Révoquer immédiatement la clé sélectionnée, avec une nouvelle clé dans le coffre.</translation>
    </message>
    <message>
        <location filename="../ui/InventoryView.cpp" line="590"/>
        <source>Choose a held key and revoke it at once.</source>
        <translation>Choisissez une clé détenue pour la révoquer immédiatement.</translation>
    </message>
</context>
<context>
    <name>keyturn::KeyAgeChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="106"/>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="106"/>
        <source>Age / interval</source>
        <translation>Âge / intervalle</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="192"/>
        <source>%1: age %2 d of %3 d policy (%4×)</source>
        <translation>%1&#xa0;: âge %2 j sur une politique de %3 j (%4×)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="198"/>
        <source>and %n more key(s) at about this point</source>
        <translation>
            <numerusform>et %n autre clé à peu près au même point</numerusform>
            <numerusform>et %n autres clés à peu près au même point</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="206"/>
        <source>No key with a current version in the inventory yet</source>
        <translation>Aucune clé avec une version actuelle dans l&apos;inventaire pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>keyturn::KeyDetailsPanel</name>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="69"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="70"/>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="71"/>
        <source>previous</source>
        <translation>précédente</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="72"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="98"/>
        <source>Key versions</source>
        <translation>Versions de la clé</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="99"/>
        <source>Provider key id</source>
        <translation>ID chez le fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Activated</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="100"/>
        <source>401s</source>
        <translation>401</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="103"/>
        <source>Rotation runs of the key</source>
        <translation>Exécutions de rotation de la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="104"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="106"/>
        <source>Notices about the key</source>
        <translation>Avis concernant la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Consumer</source>
        <translation>Consommateur</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Send at</source>
        <translation>Envoi prévu</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="107"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="108"/>
        <source>Audit trail of the key</source>
        <translation>Historique d&apos;audit de la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="109"/>
        <source>Old fingerprint</source>
        <translation>Ancienne empreinte</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="110"/>
        <source>New fingerprint</source>
        <translation>Nouvelle empreinte</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="110"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="112"/>
        <source>Double-click an event, or press Enter on it, to show it in the audit history.</source>
        <translation>Double-cliquez sur un événement, ou appuyez sur Entrée, pour l&apos;afficher dans l&apos;historique d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="122"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="151"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="123"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="152"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="124"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="153"/>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="125"/>
        <location filename="../ui/KeyDetailsPanel.cpp" line="154"/>
        <source>Audit trail</source>
        <translation>Historique d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="146"/>
        <source>No key selected</source>
        <translation>Aucune clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="147"/>
        <source>Select a key to see its versions, rotation runs, notices and audit trail.</source>
        <translation>Sélectionnez une clé pour voir ses versions, ses exécutions de rotation, ses avis et son historique d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="180"/>
        <source>Could not read key %1: %2</source>
        <translation>Impossible de lire la clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="189"/>
        <source>issued key</source>
        <translation>clé émise</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="189"/>
        <source>held key</source>
        <translation>clé détenue</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="195"/>
        <source>owner %1</source>
        <translation>responsable %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="196"/>
        <source>criticality %1</source>
        <translation>criticité %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPanel.cpp" line="197"/>
        <source>rotates every %n d</source>
        <translation>
            <numerusform>rotation tous les %n j</numerusform>
            <numerusform>rotation tous les %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="198"/>
        <source>rotates on schedule %1 (UTC)</source>
        <translation>rotation selon la planification %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="200"/>
        <source>provider holds one key at a time</source>
        <translation>le fournisseur ne gère qu&apos;une clé à la fois</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="202"/>
        <source>vault %1</source>
        <translation>coffre %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="204"/>
        <source>used by %1</source>
        <translation>utilisée par %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="230"/>
        <source>versions: %1</source>
        <translation>versions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="233"/>
        <source>Versions (%1)</source>
        <translation>Versions (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="246"/>
        <source>runs: %1</source>
        <translation>exécutions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="249"/>
        <source>Runs (%1)</source>
        <translation>Exécutions (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="261"/>
        <source>notices: %1</source>
        <translation>avis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="264"/>
        <source>Notices (%1)</source>
        <translation>Avis (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="281"/>
        <source>audit trail: %1</source>
        <translation>historique d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="286"/>
        <source>Audit trail (%1)</source>
        <translation>Historique d&apos;audit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPanel.cpp" line="289"/>
        <source>Could not read all of the key&apos;s details: %1</source>
        <translation>Impossible de lire tous les détails de la clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyturn::KeyStatus</name>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="19"/>
        <source>Healthy</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="20"/>
        <source>Stale</source>
        <translation>Inutilisée</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="21"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="22"/>
        <source>Potentially stale</source>
        <translation>Abandon possible</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="23"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="24"/>
        <source>Overdue (&gt;1.5×)</source>
        <translation>Retard &gt;1,5×</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="25"/>
        <source>Rotating</source>
        <translation>En rotation</translation>
    </message>
    <message>
        <location filename="../app/core/domain/KeyStatus.cpp" line="26"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
</context>
<context>
    <name>keyturn::LastUseChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>In use</source>
        <translation>Utilisées</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Stale</source>
        <translation>Inutilisées</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Potentially stale</source>
        <translation>Peut-être abandonnées</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="213"/>
        <source>Never used</source>
        <translation>Jamais utilisées</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="242"/>
        <source>never</source>
        <translation>jamais</translation>
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
            <numerusform>%n clé jamais vue en service</numerusform>
            <numerusform>%n clés jamais vues en service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="293"/>
        <source>%n key(s) unused for %1 d</source>
        <translation>
            <numerusform>%n clé inutilisée depuis %1 j</numerusform>
            <numerusform>%n clés inutilisées depuis %1 j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="294"/>
        <source>Click to open the longest unused: %1</source>
        <translation>Cliquez pour ouvrir la clé inutilisée depuis le plus longtemps&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="298"/>
        <source>No key with a current version in the inventory yet</source>
        <translation>Aucune clé avec une version actuelle dans l&apos;inventaire pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>keyturn::MailApiTransport</name>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="22"/>
        <source>no mail API token: set KEYTURN_MAIL_TOKEN or store one in the keychain</source>
        <translation>aucun jeton d&apos;API de messagerie&#xa0;: définissez KEYTURN_MAIL_TOKEN ou enregistrez-en un dans le trousseau</translation>
    </message>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="27"/>
        <source>a message needs a sender and at least one recipient</source>
        <translation>un message nécessite un expéditeur et au moins un destinataire</translation>
    </message>
    <message>
        <location filename="../app/core/net/MailApiTransport.cpp" line="55"/>
        <source>the mail API answered without a message id</source>
        <translation>l&apos;API de messagerie a répondu sans identifiant de message</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Approval queue</source>
        <translation>File d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Your database role (%1) may not review notices: that takes keyturn_engineer.</source>
        <translation>Votre rôle de base de données (%1) ne permet pas d&apos;examiner les avis&#xa0;: il faut keyturn_engineer.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Notice %1 is not in the approval queue.</source>
        <translation>L&apos;avis %1 n&apos;est pas dans la file d&apos;approbation.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Import inventory…</source>
        <translation>&amp;Importer l&apos;inventaire…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Import keys from a YAML or CSV inventory file</source>
        <translation>Importer des clés depuis un fichier d&apos;inventaire YAML ou CSV</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Your database role (%1) may not change the inventory: that takes keyturn_admin.</source>
        <translation>Votre rôle de base de données (%1) ne permet pas de modifier l&apos;inventaire&#xa0;: il faut keyturn_admin.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Export inventory as CSV…</source>
        <translation>E&amp;xporter l&apos;inventaire en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Exported %1 credentials as CSV.</source>
        <translation>%1 clés exportées en CSV.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Show the %1 view</source>
        <translation>Afficher la vue %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Read the inventory, the runs and the audit history again</source>
        <translation>Relire l&apos;inventaire, les exécutions et l&apos;historique d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;Rotate key…</source>
        <translation>Faire &amp;tourner la clé…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Emergency revoke…</source>
        <translation>Révocation d&apos;&amp;urgence…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>The new connection settings apply after the current rotation step; save them again in a moment.</source>
        <translation>Les nouveaux paramètres de connexion ne s&apos;appliqueront qu&apos;après l&apos;étape de rotation en cours&#xa0;; enregistrez-les de nouveau dans un instant.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;About Keyturn</source>
        <translation>À &amp;propos de Keyturn</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>About Keyturn</source>
        <translation>À propos de Keyturn</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>&lt;b&gt;Keyturn %1&lt;/b&gt;&lt;p&gt;Rotate API keys without breaking the integrations that use them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Keyturn %1&lt;/b&gt;&lt;p&gt;Faites tourner vos clés d&apos;API sans casser les intégrations qui les utilisent.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>Could not load the inventory: %1</source>
        <translation>Impossible de charger l&apos;inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="309"/>
        <source>Services not connected: %1</source>
        <translation>Services non connectés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>Your database role (%1) may not rotate or revoke keys: that takes keyturn_admin.</source>
        <translation>Votre rôle de base de données (%1) ne permet pas de faire tourner ni de révoquer des clés&#xa0;: il faut keyturn_admin.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Connecting to the services…</source>
        <translation>Connexion aux services…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>The services are not connected: set the platform and the vault in Settings.</source>
        <translation>Les services ne sont pas connectés&#xa0;: configurez la plateforme et le coffre dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>The services are not connected: %1</source>
        <translation>Les services ne sont pas connectés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>Acting as: %1 (%2)</source>
        <translation>Agit en tant que&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>Acting as: %1</source>
        <translation>Agit en tant que&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>Reading the inventory…</source>
        <translation>Lecture de l&apos;inventaire…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="435"/>
        <source>%1 keys</source>
        <translation>%1 clés</translation>
    </message>
</context>
<context>
    <name>keyturn::MigrationBurnDownModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Notified</source>
        <translation>Prévenus</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="389"/>
        <source>Migrated</source>
        <translation>Migrés</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="412"/>
        <source>The campaigns could not be read: %1</source>
        <translation>Impossible de lire les campagnes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="421"/>
        <source>Campaign %1 does not exist</source>
        <translation>La campagne %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="421"/>
        <source>No open campaign</source>
        <translation>Aucune campagne ouverte</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="429"/>
        <source>The campaign&apos;s consumers could not be read: %1</source>
        <translation>Impossible de lire les consommateurs de la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="432"/>
        <source>The campaign %1 has no consumers</source>
        <translation>La campagne %1 n&apos;a aucun consommateur</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="439"/>
        <source>The campaign&apos;s notices could not be read: %1</source>
        <translation>Impossible de lire les avis de la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="457"/>
        <source>The campaign&apos;s history could not be read: %1</source>
        <translation>Impossible de lire l&apos;historique de la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="492"/>
        <source>%1
%2 of %3 consumers notified, %4 migrated</source>
        <translation>%1
%2 consommateurs prévenus sur %3, %4 migrés</translation>
    </message>
</context>
<context>
    <name>keyturn::MimeMessage</name>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="216"/>
        <source>the address &quot;%1&quot; contains a line break, which a mail header cannot hold</source>
        <translation>l&apos;adresse &quot;%1&quot; contient un saut de ligne, ce qu&apos;un en-tête de message ne peut pas contenir</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="219"/>
        <source>an address is empty</source>
        <translation>une adresse est vide</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="226"/>
        <source>the address &quot;%1&quot; has a &quot;&gt;&quot; without a &quot;&lt;&quot;</source>
        <translation>l&apos;adresse &quot;%1&quot; contient un &quot;&gt;&quot; sans &quot;&lt;&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="233"/>
        <source>the name in &quot;%1&quot; contains a control character</source>
        <translation>le nom dans &quot;%1&quot; contient un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="240"/>
        <source>&quot;%1&quot; is not a mail address of the form name@domain</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse électronique de la forme nom@domaine</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="244"/>
        <source>the part before the @ in &quot;%1&quot; is not a plain ASCII mailbox name</source>
        <translation>la partie avant le @ dans &quot;%1&quot; n&apos;est pas un nom de boîte aux lettres en ASCII simple</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="247"/>
        <source>the domain in &quot;%1&quot; is not a valid host name</source>
        <translation>le domaine dans &quot;%1&quot; n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="317"/>
        <source>the subject contains a line break, which a mail header cannot hold: &quot;%1&quot;</source>
        <translation>l&apos;objet contient un saut de ligne, ce qu&apos;un en-tête de message ne peut pas contenir&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="320"/>
        <source>the Message-ID contains a line break: &quot;%1&quot;</source>
        <translation>le Message-ID contient un saut de ligne&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="322"/>
        <source>the message has no sender (From)</source>
        <translation>le message n&apos;a pas d&apos;expéditeur (From)</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="324"/>
        <source>the message has no recipient (To)</source>
        <translation>le message n&apos;a pas de destinataire (To)</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="328"/>
        <source>From: %1</source>
        <translation>From&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="334"/>
        <source>To: %1</source>
        <translation>To&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/MimeMessage.cpp" line="351"/>
        <source>the Message-ID &quot;%1&quot; is not of the form &lt;id@domain&gt;</source>
        <translation>le Message-ID &quot;%1&quot; n&apos;est pas de la forme &lt;id@domain&gt;</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeEditDialog</name>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="25"/>
        <source>Edit notice #%1</source>
        <translation>Modifier l&apos;avis #%1</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="28"/>
        <source>To %1 &amp;lt;%2&amp;gt;. Saving submits the notice for approval again: someone who has neither drafted nor edited it approves it before it is sent.</source>
        <translation>À %1 &amp;lt;%2&amp;gt;. L&apos;enregistrement soumet de nouveau l&apos;avis à approbation&#xa0;: une personne qui ne l&apos;a ni rédigé ni modifié doit l&apos;approuver avant son envoi.</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="37"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="41"/>
        <source>Body (Markdown)</source>
        <translation>Corps (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="49"/>
        <source>Preview as the consumer will see it</source>
        <translation>Aperçu tel que le consommateur le verra</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="54"/>
        <source>Markdown: # headings, - lists, 1. numbered lists, **bold**, *emphasis*, `code`, ``` code blocks, [text](https://link). No {{placeholder}} may be left.</source>
        <translation>Markdown&#xa0;: # titres, - listes, 1. listes numérotées, **gras**, *italique*, `code`, ``` blocs de code, [texte](https://lien). Aucune {{variable}} ne doit subsister.</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="64"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="65"/>
        <source>&amp;Body:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="74"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="88"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="96"/>
        <source>Save and submit</source>
        <translation>Enregistrer et soumettre</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="98"/>
        <source>Save the notice and submit it for approval</source>
        <translation>Enregistrer l&apos;avis et le soumettre à approbation</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="110"/>
        <source>A notice needs a subject.</source>
        <translation>Un avis doit avoir un objet.</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="143"/>
        <source>The body cannot be sent like this: %1</source>
        <translation>Le corps ne peut pas être envoyé en l&apos;état&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/NoticeEditDialog.cpp" line="157"/>
        <source>A notice needs a subject; nothing was saved.</source>
        <translation>Un avis doit avoir un objet&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeSender</name>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="47"/>
        <source>no mail transport is configured in the connection profile; no notice was sent</source>
        <translation>aucun transport de messagerie n&apos;est configuré dans le profil de connexion&#xa0;; aucun avis n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="49"/>
        <source>the connection profile has no sender address (--from); no notice was sent</source>
        <translation>le profil de connexion n&apos;a pas d&apos;adresse d&apos;expéditeur (--from)&#xa0;; aucun avis n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="89"/>
        <source>delivery of notice %1 to %2 was interrupted (the sending client stopped); it may have reached the recipient. Look for Message-ID %3 there, then run &apos;keyturnctl notices confirm %1 --note …&apos; if it arrived or &apos;keyturnctl notices retry %1&apos; if it did not</source>
        <translation>l&apos;envoi de l&apos;avis %1 à %2 a été interrompu (le client d&apos;envoi s&apos;est arrêté)&#xa0;; il a peut-être atteint le destinataire. Recherchez-y le Message-ID %3, puis exécutez &apos;keyturnctl notices confirm %1 --note …&apos; s&apos;il est arrivé, ou &apos;keyturnctl notices retry %1&apos; sinon</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="164"/>
        <source>an interrupted send, settled by Message-ID %1: the mail API answered %2</source>
        <translation>un envoi interrompu, résolu grâce au Message-ID %1&#xa0;: l&apos;API de messagerie a répondu %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="185"/>
        <source>notice %1: %2; it will be tried again at %3</source>
        <translation>avis %1&#xa0;: %2&#xa0;; nouvel essai à %3</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="191"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (abandon après %2 tentatives)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="195"/>
        <source>notice %1 to %2 could not be delivered: %3</source>
        <translation>l&apos;avis %1 à %2 n&apos;a pas pu être remis&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeSender.cpp" line="197"/>
        <source>notice %1 to %2 failed: %3</source>
        <translation>l&apos;envoi de l&apos;avis %1 à %2 a échoué&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeStore</name>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="171"/>
        <source>there is no notice template named &apos;%1&apos;</source>
        <translation>il n&apos;existe aucun modèle d&apos;avis nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="218"/>
        <source>a template name is lower-case letters, digits and dashes, not &apos;%1&apos;; nothing was saved</source>
        <translation>un nom de modèle se compose de lettres minuscules, de chiffres et de tirets, ce qui n&apos;est pas le cas de &apos;%1&apos;&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="221"/>
        <source>template %1 was not saved: %2</source>
        <translation>le modèle %1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="229"/>
        <source>reading template %1 failed; nothing was saved</source>
        <translation>la lecture du modèle %1 a échoué&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="262"/>
        <source>a campaign needs a name</source>
        <translation>une campagne doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="264"/>
        <source>a campaign needs a deadline</source>
        <translation>une campagne doit avoir une échéance</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="308"/>
        <source>there is no campaign %1</source>
        <translation>la campagne %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="351"/>
        <source>a notice needs a kind</source>
        <translation>un avis doit avoir un type</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="353"/>
        <source>a notice needs a subject</source>
        <translation>un avis doit avoir un objet</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="355"/>
        <source>the consumer has no contact address (&apos;%1&apos;); no notice was drafted</source>
        <translation>le consommateur n&apos;a pas d&apos;adresse de contact (&apos;%1&apos;)&#xa0;; aucun avis n&apos;a été rédigé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="357"/>
        <source>the notice does not render: %1; no notice was drafted</source>
        <translation>le rendu de l&apos;avis échoue&#xa0;: %1&#xa0;; aucun avis n&apos;a été rédigé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="389"/>
        <source>drafted from template %1 v%2</source>
        <translation>rédigé à partir du modèle %1 v%2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="420"/>
        <source>there is no notice %1</source>
        <translation>l&apos;avis %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="484"/>
        <source>notice %1 is %2; only a pending notice can be approved</source>
        <translation>l&apos;avis %1 est à l&apos;état %2&#xa0;; seul un avis en attente peut être approuvé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="486"/>
        <source>notice %1 was drafted by %2 (who started its rotation or wrote it); another engineer must approve it</source>
        <translation>l&apos;avis %1 a été rédigé par %2 (qui a lancé sa rotation ou l&apos;a écrit)&#xa0;; un autre ingénieur doit l&apos;approuver</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="491"/>
        <source>notice %1 was last edited by %2; another engineer must approve it</source>
        <translation>l&apos;avis %1 a été modifié en dernier par %2&#xa0;; un autre ingénieur doit l&apos;approuver</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="518"/>
        <source>notice %1 was changed by someone else meanwhile (it is now %2); nothing was changed</source>
        <translation>l&apos;avis %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre (il est désormais à l&apos;état %2)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="537"/>
        <source>no notice was named</source>
        <translation>aucun avis n&apos;a été indiqué</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="552"/>
        <source>notice %1 does not render: %2</source>
        <translation>le rendu de l&apos;avis %1 échoue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="557"/>
        <source>%1; no notice was approved</source>
        <translation>%1&#xa0;; aucun avis n&apos;a été approuvé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="574"/>
        <source>notice %1 was changed by someone else meanwhile; no notice was approved</source>
        <translation>l&apos;avis %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre&#xa0;; aucun avis n&apos;a été approuvé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="594"/>
        <source>rejecting notice %1 needs a reason; it was left as it was</source>
        <translation>rejeter l&apos;avis %1 nécessite un motif&#xa0;; il a été laissé tel quel</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="599"/>
        <source>notice %1 is %2; only a pending or approved notice can be rejected</source>
        <translation>l&apos;avis %1 est à l&apos;état %2&#xa0;; seul un avis en attente ou approuvé peut être rejeté</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="618"/>
        <source>notice %1 was changed by someone else since you opened it; your edit was not saved</source>
        <translation>l&apos;avis %1 a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert&#xa0;; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="621"/>
        <source>notice %1 is %2 and can no longer be edited</source>
        <translation>l&apos;avis %1 est à l&apos;état %2 et ne peut plus être modifié</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="623"/>
        <source>a notice needs a one-line subject; your edit was not saved</source>
        <translation>un avis doit avoir un objet d&apos;une seule ligne&#xa0;; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="625"/>
        <source>the subject still holds a placeholder; your edit was not saved</source>
        <translation>l&apos;objet contient encore une variable&#xa0;; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="627"/>
        <source>the notice does not render: %1; your edit was not saved</source>
        <translation>le rendu de l&apos;avis échoue&#xa0;: %1&#xa0;; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="629"/>
        <source>nothing was changed in notice %1</source>
        <translation>rien n&apos;a été modifié dans l&apos;avis %1</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="649"/>
        <source>cancelling notice %1 needs a reason</source>
        <translation>annuler l&apos;avis %1 nécessite un motif</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="655"/>
        <source>notice %1 is %2 and cannot be cancelled</source>
        <translation>l&apos;avis %1 est à l&apos;état %2 et ne peut pas être annulé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="671"/>
        <source>notice %1 is %2 and cannot be rescheduled</source>
        <translation>l&apos;avis %1 est à l&apos;état %2 et ne peut pas être reprogrammé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="677"/>
        <source>send time %1 → %2: %3</source>
        <translation>heure d&apos;envoi %1 → %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="691"/>
        <source>notice %1 is %2; only a failed notice can be retried</source>
        <translation>l&apos;avis %1 est à l&apos;état %2&#xa0;; seul un avis en échec peut être renvoyé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="693"/>
        <source>notice %1 was never approved; edit or approve it instead</source>
        <translation>l&apos;avis %1 n&apos;a jamais été approuvé&#xa0;; modifiez-le ou approuvez-le plutôt</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="698"/>
        <source>retry requested</source>
        <translation>nouvel essai demandé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="709"/>
        <source>confirming that notice %1 arrived needs a note (how you checked)</source>
        <translation>confirmer l&apos;arrivée de l&apos;avis %1 nécessite une note (comment vous l&apos;avez vérifié)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="714"/>
        <source>notice %1 is %2; only a failed or interrupted notice can be confirmed as delivered</source>
        <translation>l&apos;avis %1 est à l&apos;état %2&#xa0;; seul un avis en échec ou interrompu peut être confirmé comme remis</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="785"/>
        <source>attempt %1, Message-ID %2</source>
        <translation>tentative %1, Message-ID %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="834"/>
        <location filename="../app/core/notices/NoticeStore.cpp" line="879"/>
        <source>notice %1 is no longer being sent by this client; its state was left as it was</source>
        <translation>l&apos;avis %1 n&apos;est plus en cours d&apos;envoi par ce client&#xa0;; son état a été laissé tel quel</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="839"/>
        <source>accepted by the mail transport as %1</source>
        <translation>accepté par le transport de messagerie sous l&apos;identifiant %1</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeStore.cpp" line="882"/>
        <source>%1; next attempt at %2</source>
        <translation>%1&#xa0;; prochaine tentative à %2</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticeTemplates</name>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="362"/>
        <source>The consumer&apos;s name as shown in the inventory</source>
        <translation>Le nom du consommateur tel qu&apos;il apparaît dans l&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="363"/>
        <source>The name of the key being rotated</source>
        <translation>Le nom de la clé en rotation</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="364"/>
        <source>The visible prefix of the old key (never the key itself)</source>
        <translation>Le préfixe visible de l&apos;ancienne clé (jamais la clé elle-même)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="365"/>
        <source>The old key&apos;s fingerprint, e.g. sha256:1a2b3c4d5e6f7a8b</source>
        <translation>L&apos;empreinte de l&apos;ancienne clé, p. ex. sha256:1a2b3c4d5e6f7a8b</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="366"/>
        <source>The environment the key belongs to, e.g. production or staging</source>
        <translation>L&apos;environnement de la clé, p. ex. production ou staging</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="367"/>
        <source>When the old key is revoked, in UTC</source>
        <translation>La date de révocation de l&apos;ancienne clé, en UTC</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="368"/>
        <source>Whole days left until the deadline</source>
        <translation>Le nombre de jours entiers restant avant l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="369"/>
        <source>Who to contact with questions: a team, an e-mail address or a channel</source>
        <translation>Qui contacter pour toute question&#xa0;: une équipe, une adresse e-mail ou un canal</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="370"/>
        <source>The API&apos;s base URL for the key&apos;s environment</source>
        <translation>L&apos;URL de base de l&apos;API pour l&apos;environnement de la clé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="371"/>
        <source>The health-check URL to test the new key against</source>
        <translation>L&apos;URL de contrôle de santé sur laquelle tester la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="372"/>
        <source>Where the consumer creates a new key</source>
        <translation>L&apos;endroit où le consommateur crée une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="373"/>
        <source>Why the key is revoked ahead of schedule (emergency notices)</source>
        <translation>La raison de la révocation anticipée de la clé (avis d&apos;urgence)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="374"/>
        <source>The previous deadline, in UTC (extension notices)</source>
        <translation>L&apos;échéance précédente, en UTC (avis de prolongation)</translation>
    </message>
    <message>
        <location filename="../app/core/notices/DefaultTemplates.cpp" line="375"/>
        <source>The rotation campaign the notice belongs to</source>
        <translation>La campagne de rotation à laquelle appartient l&apos;avis</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="568"/>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="585"/>
        <source>%1: unknown placeholder {{%2}}</source>
        <translation>%1&#xa0;: variable {{%2}} inconnue</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="590"/>
        <source>%1: placeholder {{%2}} has no value</source>
        <translation>%1&#xa0;: la variable {{%2}} n&apos;a pas de valeur</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="594"/>
        <source>%1: the value of {{%2}} must be a single line</source>
        <translation>%1&#xa0;: la valeur de {{%2}} doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="603"/>
        <source>%1: the value of {{%2}} holds ` or {{ }} and cannot be placed in code</source>
        <translation>%1&#xa0;: la valeur de {{%2}} contient ` ou {{ }} et ne peut pas être placée dans du code</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="625"/>
        <source>%1: placeholder {{%2}} is not filled</source>
        <translation>%1&#xa0;: la variable {{%2}} n&apos;est pas renseignée</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="687"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>keyturn::NoticesModel</name>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="37"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="37"/>
        <source>waiting for approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="38"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="38"/>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="39"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="39"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="40"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="40"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="49"/>
        <source>migration</source>
        <translation>migration</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="50"/>
        <source>reminder</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="51"/>
        <source>emergency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="52"/>
        <source>extension</source>
        <translation>prolongation</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="72"/>
        <source>Rejected: %1</source>
        <translation>Rejeté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="78"/>
        <source>Reminder 1 day before the deadline</source>
        <translation>Rappel 1 jour avant l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="79"/>
        <source>Reminder %1 days before the deadline</source>
        <translation>Rappel %1 jours avant l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="80"/>
        <source>Urgent: sent before any other notice</source>
        <translation>Urgent&#xa0;: envoyé avant tout autre avis</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="85"/>
        <source>Sent %1</source>
        <translation>Envoyé le %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="86"/>
        <source>Deadline %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="88"/>
        <source>Last edited by %1</source>
        <translation>Modifié en dernier par %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="103"/>
        <location filename="../ui/ApprovalQueueView.cpp" line="185"/>
        <source>%1 (urgent)</source>
        <translation>%1 (urgent)</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="123"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="124"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="125"/>
        <source>Consumer</source>
        <translation>Consommateur</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="126"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="127"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="128"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="129"/>
        <source>Send at</source>
        <translation>Envoi prévu</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="130"/>
        <source>Drafted by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <location filename="../app/core/models/NoticesModel.cpp" line="131"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
</context>
<context>
    <name>keyturn::PlaceholderScanner</name>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="216"/>
        <source>%1: unbalanced braces: {{ without }}</source>
        <translation>%1&#xa0;: accolades déséquilibrées&#xa0;: {{ sans }}</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="228"/>
        <source>%1: malformed placeholder %2</source>
        <translation>%1&#xa0;: variable mal formée %2</translation>
    </message>
    <message>
        <location filename="../app/core/notices/NoticeTemplate.cpp" line="236"/>
        <source>%1: unbalanced braces: }} without {{</source>
        <translation>%1&#xa0;: accolades déséquilibrées&#xa0;: }} sans {{</translation>
    </message>
</context>
<context>
    <name>keyturn::PlatformAdminClient</name>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="43"/>
        <source>no platform token: set KEYTURN_PLATFORM_TOKEN or store one in the keychain</source>
        <translation>aucun jeton de plateforme&#xa0;: définissez KEYTURN_PLATFORM_TOKEN ou enregistrez-en un dans le trousseau</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="78"/>
        <source>a key id</source>
        <translation>identifiant de clé</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="80"/>
        <source>the name of key %1</source>
        <translation>le nom de la clé %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="82"/>
        <source>a version of key %1</source>
        <translation>version de la clé %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="84"/>
        <source>a valid fingerprint of key %1</source>
        <translation>empreinte valide pour la clé %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="87"/>
        <source>a known status of key %1 (got &apos;%2&apos;)</source>
        <translation>statut connu pour la clé %1 (reçu &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="89"/>
        <source>the creation time of key %1</source>
        <translation>l&apos;heure de création de la clé %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="100"/>
        <source>a users list</source>
        <translation>liste d&apos;utilisateurs</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="110"/>
        <source>an id and name for every user</source>
        <translation>l&apos;identifiant et le nom de chaque utilisateur</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="127"/>
        <source>a keys list</source>
        <translation>liste de clés</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="152"/>
        <source>the new key&apos;s secret</source>
        <translation>le secret de la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="154"/>
        <source>a secret matching the new key&apos;s fingerprint</source>
        <translation>secret correspondant à l&apos;empreinte de la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="204"/>
        <source>the number of disabled keys</source>
        <translation>le nombre de clés désactivées</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="222"/>
        <source>a key id in the usage</source>
        <translation>identifiant de clé dans les données d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="238"/>
        <source>a logs list</source>
        <translation>liste de journaux</translation>
    </message>
    <message>
        <location filename="../app/core/net/PlatformAdminClient.cpp" line="253"/>
        <source>a timestamp for every audit entry</source>
        <translation>l&apos;horodatage de chaque entrée d&apos;audit</translation>
    </message>
</context>
<context>
    <name>keyturn::ProviderSync</name>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="31"/>
        <location filename="../app/core/sync/ProviderSync.cpp" line="34"/>
        <source>sync stopped, the inventory is unchanged: %1</source>
        <translation>synchronisation arrêtée, l&apos;inventaire est inchangé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="50"/>
        <source>sync failed and was rolled back, the inventory is unchanged: %1</source>
        <translation>la synchronisation a échoué et a été annulée, l&apos;inventaire est inchangé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/sync/ProviderSync.cpp" line="160"/>
        <source>the provider reports key %1 with fingerprint %2, but Keyturn recorded %3 for it: the provider&apos;s data changed under the same id</source>
        <translation>le fournisseur signale la clé %1 avec l&apos;empreinte %2, mais Keyturn avait enregistré %3 pour elle&#xa0;: les données du fournisseur ont changé sous le même identifiant</translation>
    </message>
</context>
<context>
    <name>keyturn::RejectNoticeDialog</name>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="16"/>
        <source>Reject notice #%1</source>
        <translation>Rejeter l&apos;avis #%1</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="19"/>
        <source>&lt;p&gt;Reject the notice to &lt;b&gt;%1&lt;/b&gt;: “%2”?&lt;/p&gt;&lt;p&gt;It goes back to the drafts, and nothing is sent until it is edited and approved. The reason is kept in the notice&apos;s history and in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rejeter l&apos;avis destiné à &lt;b&gt;%1&lt;/b&gt;&#xa0;: «&#xa0;%2&#xa0;»&#xa0;?&lt;/p&gt;&lt;p&gt;Il retourne dans les brouillons, et rien n&apos;est envoyé tant qu&apos;il n&apos;a pas été modifié et approuvé. Le motif est conservé dans l&apos;historique de l&apos;avis et dans le journal d&apos;audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="27"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="30"/>
        <source>Reason for the rejection</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="31"/>
        <source>What has to change before this notice can go out?</source>
        <translation>Que faut-il changer avant que cet avis puisse partir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="37"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="39"/>
        <source>Reject the notice</source>
        <translation>Rejeter l&apos;avis</translation>
    </message>
    <message>
        <location filename="../ui/RejectNoticeDialog.cpp" line="66"/>
        <source>Write the reason first.</source>
        <translation>Indiquez d&apos;abord le motif.</translation>
    </message>
</context>
<context>
    <name>keyturn::ReviewPlanPage</name>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="24"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="36"/>
        <source>Review the plan</source>
        <translation>Examiner le plan</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="37"/>
        <source>What the rotation will do, and what Keyturn found at the provider and in the vault. Nothing has changed yet.</source>
        <translation>Ce que la rotation va faire, et ce que Keyturn a trouvé chez le fournisseur et dans le coffre. Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="51"/>
        <source>Pre-checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="54"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="54"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="54"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="62"/>
        <source>Accept a rotation without dual keys</source>
        <translation>Accepter une rotation sans double clé</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="65"/>
        <source>Check &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="67"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="86"/>
        <source>Provider reachable</source>
        <translation>Fournisseur joignable</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="88"/>
        <source>Vault reachable</source>
        <translation>Coffre joignable</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="90"/>
        <source>Vault write access</source>
        <translation>Accès en écriture au coffre</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="92"/>
        <source>No other run</source>
        <translation>Aucune autre exécution</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="94"/>
        <source>Two keys at once</source>
        <translation>Deux clés simultanées</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="96"/>
        <source>Current key known</source>
        <translation>Clé actuelle connue</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="98"/>
        <source>Owner sign-off</source>
        <translation>Validation du responsable</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="121"/>
        <source>The services are not connected, so no plan can be made: set the platform and the vault in Settings.</source>
        <translation>Les services ne sont pas connectés, aucun plan ne peut donc être établi&#xa0;: définissez la plateforme et le coffre dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="129"/>
        <source>Checking the provider and the vault…</source>
        <translation>Vérification du fournisseur et du coffre…</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="138"/>
        <source>No plan: %1</source>
        <translation>Aucun plan&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="142"/>
        <source>Every blocking check passed.</source>
        <translation>Toutes les vérifications bloquantes ont réussi.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="143"/>
        <source>A blocking check failed: the rotation cannot start until it passes.</source>
        <translation>Une vérification bloquante a échoué&#xa0;: la rotation ne peut pas démarrer tant qu&apos;elle n&apos;a pas réussi.</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="165"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="166"/>
        <source>Vault path</source>
        <translation>Chemin dans le coffre</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="167"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="167"/>
        <source>none listed</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="169"/>
        <location filename="../ui/ReviewPlanPage.cpp" line="171"/>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="169"/>
        <source>none: the old key is revoked at once</source>
        <translation>aucune&#xa0;: l&apos;ancienne clé est révoquée immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="172"/>
        <source>Quiet period</source>
        <translation>Période d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="173"/>
        <source>%1 without use of the old key before it is revoked</source>
        <translation>%1 sans utilisation de l&apos;ancienne clé avant sa révocation</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="176"/>
        <source>Old key</source>
        <translation>Ancienne clé</translation>
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
        <translation>bloquant</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="191"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ui/ReviewPlanPage.cpp" line="198"/>
        <source>I accept that %1 holds one key at a time: while the new key reaches the services, calls with the old key may fail.</source>
        <translation>J&apos;accepte que %1 ne détienne qu&apos;une clé à la fois&#xa0;: pendant que la nouvelle clé parvient aux services, les appels avec l&apos;ancienne clé peuvent échouer.</translation>
    </message>
</context>
<context>
    <name>keyturn::RotateWizard</name>
    <message>
        <location filename="../ui/RotateWizard.cpp" line="13"/>
        <source>Rotate key</source>
        <translation>Faire tourner la clé</translation>
    </message>
</context>
<context>
    <name>keyturn::RotationEngine</name>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="100"/>
        <source>planned: pre-checks come next</source>
        <translation>prévue&#xa0;: les vérifications préalables suivent</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="101"/>
        <source>pre-checked: the provider and the vault answered, the lock is held</source>
        <translation>prévérifiée&#xa0;: le fournisseur et le coffre ont répondu, le verrou est pris</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="102"/>
        <source>new key created at the provider; storing it in the vault comes next</source>
        <translation>nouvelle clé créée chez le fournisseur&#xa0;; prochaine étape&#xa0;: l&apos;enregistrer dans le coffre</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="103"/>
        <source>new key stored in the vault beside the old one</source>
        <translation>nouvelle clé enregistrée dans le coffre à côté de l&apos;ancienne</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="105"/>
        <source>grace period: waiting for services to pick up the new key and for the old one to go quiet</source>
        <translation>période de grâce&#xa0;: en attente que les services adoptent la nouvelle clé et que l&apos;ancienne cesse d&apos;être utilisée</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="106"/>
        <source>verified: the new key is in use and the old key is quiet</source>
        <translation>vérifiée&#xa0;: la nouvelle clé est utilisée et l&apos;ancienne ne l&apos;est plus</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="107"/>
        <source>old key revoked at the provider; removing it from the vault comes next</source>
        <translation>ancienne clé révoquée chez le fournisseur&#xa0;; prochaine étape&#xa0;: la retirer du coffre</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="108"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="109"/>
        <source>failed: the old key is still valid; resume or roll back</source>
        <translation>échouée&#xa0;: l&apos;ancienne clé est toujours valide&#xa0;; reprenez ou revenez en arrière</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="110"/>
        <source>rolling back: restoring the old key in the vault and revoking the new one</source>
        <translation>retour arrière en cours&#xa0;: restauration de l&apos;ancienne clé dans le coffre et révocation de la nouvelle</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="111"/>
        <source>rolled back: the old key is current again</source>
        <translation>retour arrière effectué&#xa0;: l&apos;ancienne clé est de nouveau la clé actuelle</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="112"/>
        <source>campaign opened: the consumer is to be told to create and switch to a new key</source>
        <translation>campagne ouverte&#xa0;: le consommateur va être invité à créer une nouvelle clé et à basculer dessus</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="113"/>
        <source>waiting for the consumer to create, use and switch to a new key before the deadline</source>
        <translation>en attente que le consommateur crée une nouvelle clé, l&apos;utilise et bascule dessus avant l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="114"/>
        <source>escalated: the consumer did not migrate by the deadline; extend it or decide</source>
        <translation>escaladée&#xa0;: le consommateur n&apos;a pas migré avant l&apos;échéance&#xa0;; prolongez-la ou tranchez</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="149"/>
        <source>%1 is an issued key: consumers rotate it themselves in a campaign</source>
        <translation>%1 est une clé émise&#xa0;: les consommateurs la font tourner eux-mêmes dans une campagne</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="158"/>
        <source>the provider holds the old and the new key at once</source>
        <translation>le fournisseur détient l&apos;ancienne et la nouvelle clé simultanément</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="159"/>
        <source>%1 cannot hold two keys at once: services using the old key fail from the moment it is replaced until they pick up the new one</source>
        <translation>%1 ne peut pas détenir deux clés à la fois&#xa0;: les services qui utilisent l&apos;ancienne clé échouent dès qu&apos;elle est remplacée et jusqu&apos;à ce qu&apos;ils adoptent la nouvelle</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="170"/>
        <source>another rotation of this key is not finished; finish or roll it back first</source>
        <translation>une autre rotation de cette clé n&apos;est pas terminée&#xa0;; terminez-la ou effectuez son retour arrière d&apos;abord</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="171"/>
        <source>no other rotation of this key is running</source>
        <translation>aucune autre rotation de cette clé n&apos;est en cours</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="176"/>
        <source>the owner (%1) must sign the run off before anything is changed</source>
        <translation>le responsable (%1) doit valider l&apos;exécution avant toute modification</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="181"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="417"/>
        <source>no vault is configured in the connection profile</source>
        <translation>aucun coffre n&apos;est configuré dans le profil de connexion</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="182"/>
        <source>%1 has no vault path</source>
        <translation>%1 n&apos;a pas de chemin dans le coffre</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="197"/>
        <source>the vault has no entry with a key_id at %1: Keyturn rotates keys whose vault entry names the provider&apos;s key id</source>
        <translation>le coffre n&apos;a pas d&apos;entrée avec key_id à %1&#xa0;: Keyturn fait tourner les clés dont l&apos;entrée dans le coffre indique l&apos;id de clé du fournisseur</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="205"/>
        <source>entry at %1 is version %2</source>
        <translation>l&apos;entrée à %1 est en version %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="211"/>
        <source>the token may write the path</source>
        <translation>le jeton peut écrire à ce chemin</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="212"/>
        <source>the token may not write the path (capabilities: %1)</source>
        <translation>le jeton ne peut pas écrire à ce chemin (capacités&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="223"/>
        <source>the provider does not know the vault&apos;s key %1</source>
        <translation>le fournisseur ne connaît pas la clé %1 du coffre</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="226"/>
        <source>the vault&apos;s key %1 is %2 at the provider</source>
        <translation>chez le fournisseur, la clé %1 du coffre a le statut %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="229"/>
        <source>the vault&apos;s key does not match key %1 at the provider</source>
        <translation>la clé du coffre ne correspond pas à la clé %1 chez le fournisseur</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="234"/>
        <source>the provider answered</source>
        <translation>le fournisseur a répondu</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="237"/>
        <source>current key %1 (%2), version %3</source>
        <translation>clé actuelle %1 (%2), version %3</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="251"/>
        <source>%1 is an issued key: consumers rotate it themselves in a campaign, not in a key swap</source>
        <translation>%1 est une clé émise&#xa0;: les consommateurs la font tourner eux-mêmes dans une campagne, pas par un échange de clés</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="254"/>
        <source>%1 is retired (revoked); there is nothing to rotate</source>
        <translation>%1 est retirée (révoquée)&#xa0;; il n&apos;y a rien à faire tourner</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="256"/>
        <source>an emergency revocation needs a reason</source>
        <translation>une révocation d&apos;urgence exige un motif</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="258"/>
        <source>%1 cannot hold two keys at once: accept the outage window explicitly to rotate it</source>
        <translation>%1 ne peut pas détenir deux clés à la fois&#xa0;: acceptez explicitement la période d&apos;interruption pour faire tourner la clé</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="278"/>
        <source>rotation run %1</source>
        <translation>exécution de rotation %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="299"/>
        <source>run %1 is being advanced by another Keyturn right now; nothing was done here</source>
        <translation>une autre instance de Keyturn fait avancer l&apos;exécution %1 en ce moment&#xa0;; rien n&apos;a été fait ici</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="363"/>
        <source>run %1 cannot be rolled back: the old key is no longer valid (%2)</source>
        <translation>impossible de revenir en arrière sur l&apos;exécution %1&#xa0;: l&apos;ancienne clé n&apos;est plus valide (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="383"/>
        <source>an override needs a written reason of at least 10 characters</source>
        <translation>ignorer la vérification exige une justification écrite d&apos;au moins 10 caractères</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="388"/>
        <source>run %1 is not waiting for verification (%2)</source>
        <translation>l&apos;exécution %1 n&apos;attend pas de vérification (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="428"/>
        <source>a campaign run cannot be in state &apos;%1&apos;</source>
        <translation>une exécution de campagne ne peut pas être dans l&apos;état &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="446"/>
        <source>run %1 is in an unknown state &apos;%2&apos;</source>
        <translation>l&apos;exécution %1 est dans un état inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="462"/>
        <source>rotation run %1 completed</source>
        <translation>exécution de rotation %1 terminée</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="463"/>
        <source>rotation run %1 rolled back</source>
        <translation>exécution de rotation %1&#xa0;: retour arrière effectué</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="481"/>
        <source>run %1 failed, the old key is still valid: %2</source>
        <translation>échec de l&apos;exécution %1, l&apos;ancienne clé est toujours valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="496"/>
        <source>run %1 does not wait for a sign-off</source>
        <translation>l&apos;exécution %1 n&apos;attend pas de validation</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="499"/>
        <source>%1 started run %2 and cannot also sign it off: another person must</source>
        <translation>%1 a lancé l&apos;exécution %2 et ne peut pas aussi la valider&#xa0;: une autre personne doit le faire</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="517"/>
        <source>a sign-off by the owner (%1), someone other than %2</source>
        <translation>la validation du responsable (%1), une personne autre que %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="539"/>
        <source>pre-checks failed: %1</source>
        <translation>échec des vérifications préalables&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="559"/>
        <source>the vault entry disappeared</source>
        <translation>l&apos;entrée du coffre a disparu</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="580"/>
        <source>creating the new key failed: %1</source>
        <translation>échec de la création de la nouvelle clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="616"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="807"/>
        <source>the vault entry at %1 disappeared</source>
        <translation>l&apos;entrée du coffre à %1 a disparu</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="639"/>
        <source>the vault entry at %1 changed since the pre-check (version %2, expected %3); nothing was written</source>
        <translation>l&apos;entrée du coffre à %1 a changé depuis la vérification préalable (version %2, %3 attendue)&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="655"/>
        <source>storing the new key in the vault failed: %1</source>
        <translation>échec de l&apos;enregistrement de la nouvelle clé dans le coffre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="669"/>
        <source>recovering the new key failed: %1</source>
        <translation>échec de la récupération de la nouvelle clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="677"/>
        <source>could not revoke an unrecoverable new key: %1</source>
        <translation>impossible de révoquer une nouvelle clé irrécupérable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="687"/>
        <source>the new key&apos;s secret was lost; it was revoked and a new one is made</source>
        <translation>le secret de la nouvelle clé a été perdu&#xa0;; elle a été révoquée et une autre est en cours de création</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="700"/>
        <source>the grace period to end at %1</source>
        <translation>la fin de la période de grâce (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="721"/>
        <source>reading the new key&apos;s use failed: %1</source>
        <translation>échec de la lecture de l&apos;utilisation de la nouvelle clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="724"/>
        <source>reading the old key&apos;s use failed: %1</source>
        <translation>échec de la lecture de l&apos;utilisation de l&apos;ancienne clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="738"/>
        <source>not seen in use: the key was idle for a week before the rotation</source>
        <translation>utilisation non constatée&#xa0;: la clé était inactive depuis une semaine avant la rotation</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="743"/>
        <source>the new key to be seen in use</source>
        <translation>la première utilisation de la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="744"/>
        <source>the old key to be quiet for %1 (last used %2)</source>
        <translation>l&apos;inactivité de l&apos;ancienne clé pendant %1 (dernière utilisation&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="750"/>
        <source>%1: the old key is still used after the grace period; the run waits instead of revoking it (override with a reason to revoke anyway)</source>
        <translation>%1&#xa0;: l&apos;ancienne clé est toujours utilisée après la période de grâce&#xa0;; l&apos;exécution attend au lieu de la révoquer (ignorez la vérification en donnant une justification pour la révoquer quand même)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="795"/>
        <source>revoking the old key failed: %1</source>
        <translation>échec de la révocation de l&apos;ancienne clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="822"/>
        <source>removing the revoked key from the vault failed: %1</source>
        <translation>échec du retrait de la clé révoquée du coffre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="863"/>
        <source>rolling back: listing the provider&apos;s keys failed: %1</source>
        <translation>retour arrière&#xa0;: échec du listage des clés du fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="889"/>
        <source>rolling back: revoking the new key %1 failed: %2</source>
        <translation>retour arrière&#xa0;: échec de la révocation de la nouvelle clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="898"/>
        <source>rolling back: reading the vault failed: %1</source>
        <translation>retour arrière&#xa0;: échec de la lecture du coffre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="911"/>
        <source>rolling back: restoring the old key in the vault failed: %1</source>
        <translation>retour arrière&#xa0;: échec de la restauration de l&apos;ancienne clé dans le coffre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="921"/>
        <source>a campaign needs at least one issued key</source>
        <translation>une campagne exige au moins une clé émise</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="923"/>
        <source>the deadline policy must be revoke or escalate, not &apos;%1&apos;</source>
        <translation>la politique d&apos;échéance doit être revoke ou escalate, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="925"/>
        <source>the deadline must lie in the future</source>
        <translation>l&apos;échéance doit se situer dans le futur</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="927"/>
        <source>an emergency campaign needs a reason (the consumers are told it); nothing was started</source>
        <translation>une campagne d&apos;urgence exige un motif (il est communiqué aux consommateurs)&#xa0;; rien n&apos;a été lancé</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="929"/>
        <source>the first notice must go out at least %1 days before the deadline, so the deadline must be at least %1 days away (or the rotation an emergency); nothing was started</source>
        <translation>le premier avis doit partir au moins %1 jours avant l&apos;échéance, l&apos;échéance doit donc être dans %1 jours au moins (sauf rotation d&apos;urgence)&#xa0;; rien n&apos;a été lancé</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="942"/>
        <source>%1 is a held key: rotate it with a key swap, not a campaign; nothing was started</source>
        <translation>%1 est une clé détenue&#xa0;: faites-la tourner par un échange de clés, pas par une campagne&#xa0;; rien n&apos;a été lancé</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="944"/>
        <source>%1 was not synced from the platform (no provider reference); sync first</source>
        <translation>%1 n&apos;a pas été synchronisée depuis la plateforme (aucune référence fournisseur)&#xa0;; synchronisez d&apos;abord</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="958"/>
        <source>Emergency rotation of %1</source>
        <translation>Rotation d&apos;urgence de %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="958"/>
        <source>Rotation of %1</source>
        <translation>Rotation de %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="960"/>
        <source>%1 keys (%2, …)</source>
        <translation>%1 clés (%2, …)</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="970"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="991"/>
        <source>%1; no campaign was started</source>
        <translation>%1&#xa0;; aucune campagne n&apos;a été lancée</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="994"/>
        <source>campaign run %1</source>
        <translation>exécution de campagne %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1008"/>
        <source>an extension needs a reason</source>
        <translation>une prolongation exige un motif</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1010"/>
        <source>an extension must move the deadline later</source>
        <translation>une prolongation doit repousser l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1015"/>
        <source>run %1 is not an open campaign</source>
        <translation>l&apos;exécution %1 n&apos;est pas une campagne ouverte</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1037"/>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1063"/>
        <source>listing the consumer&apos;s keys failed: %1</source>
        <translation>échec du listage des clés du consommateur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1044"/>
        <source>the consumer has no active key named %1 at the platform</source>
        <translation>le consommateur n&apos;a aucune clé active nommée %1 sur la plateforme</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1123"/>
        <source>%1 was never sent a notice about %2 (none was approved and delivered), so the old key was not revoked at the deadline (%3); approve and send the notice, then extend the deadline</source>
        <translation>%1 n&apos;a jamais reçu d&apos;avis concernant %2 (aucun n&apos;a été approuvé et remis)&#xa0;; l&apos;ancienne clé n&apos;a donc pas été révoquée à l&apos;échéance (%3)&#xa0;: approuvez et envoyez l&apos;avis, puis prolongez l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1136"/>
        <source>revoking the consumer&apos;s old key failed: %1</source>
        <translation>échec de la révocation de l&apos;ancienne clé du consommateur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1115"/>
        <source>%1 did not migrate %2 by the deadline (%3); extend the deadline or decide</source>
        <translation>%1 n&apos;a pas migré %2 avant l&apos;échéance (%3)&#xa0;; prolongez l&apos;échéance ou tranchez</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1174"/>
        <source>disabling a consumer&apos;s keys needs a reason</source>
        <translation>désactiver les clés d&apos;un consommateur exige un motif</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1177"/>
        <source>no platform is configured in the connection profile</source>
        <translation>aucune plateforme n&apos;est configurée dans le profil de connexion</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1187"/>
        <source>there is no consumer %1 in the inventory; sync first</source>
        <translation>le consommateur %1 est absent de l&apos;inventaire&#xa0;; synchronisez d&apos;abord</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1190"/>
        <source>the platform did not disable the keys: %1; nothing was changed here</source>
        <translation>la plateforme n&apos;a pas désactivé les clés&#xa0;: %1&#xa0;; rien n&apos;a été modifié ici</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1210"/>
        <source>all keys of %1 disabled: %2</source>
        <translation>toutes les clés de %1 désactivées&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/rotation/RotationEngine.cpp" line="1215"/>
        <source>all keys of %1 (%2) were disabled: %3</source>
        <translation>toutes les clés de %1 (%2) ont été désactivées&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>keyturn::RotationProgressPage</name>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="23"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="24"/>
        <source>The run goes on by itself. You may close this window: the Rotations page keeps advancing the run and shows where it is.</source>
        <translation>L&apos;exécution se poursuit d&apos;elle-même. Vous pouvez fermer cette fenêtre&#xa0;: la page Rotations continue de faire avancer l&apos;exécution et indique où elle en est.</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="26"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="67"/>
        <source>The services are not connected: the run waits until they are.</source>
        <translation>Les services ne sont pas connectés&#xa0;: l&apos;exécution attend qu&apos;ils le soient.</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="83"/>
        <source>The last step did not go through: %1</source>
        <translation>La dernière étape n&apos;a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="105"/>
        <source>The run failed; the old key is still valid. Resume it or roll it back on the Rotations page.</source>
        <translation>L&apos;exécution a échoué&#xa0;; l&apos;ancienne clé est toujours valide. Reprenez-la ou revenez en arrière depuis la page Rotations.</translation>
    </message>
    <message>
        <location filename="../ui/RotationProgressPage.cpp" line="108"/>
        <source>The run is %1.</source>
        <translation>État de l&apos;exécution&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>keyturn::RotationsView</name>
    <message>
        <location filename="../ui/RotationsView.cpp" line="60"/>
        <source>Filter runs by key name…</source>
        <translation>Filtrer les exécutions par nom de clé…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="62"/>
        <source>Filter runs</source>
        <translation>Filtrer les exécutions</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="63"/>
        <source>Filter the runs</source>
        <translation>Filtrer les exécutions</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="64"/>
        <source>Show the runs of keys whose name contains this text.</source>
        <translation>Afficher les exécutions des clés dont le nom contient ce texte.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="71"/>
        <source>Rotation runs</source>
        <translation>Exécutions de rotation</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="101"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="101"/>
        <source>Resume the selected failed run</source>
        <translation>Reprendre l&apos;exécution échouée sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="102"/>
        <source>Roll &amp;back…</source>
        <translation>Re&amp;venir en arrière…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="102"/>
        <source>Roll back the selected run</source>
        <translation>Revenir en arrière sur l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="103"/>
        <source>&amp;Override verification…</source>
        <translation>&amp;Ignorer la vérification…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="104"/>
        <source>Override the verification of the selected run</source>
        <translation>Ignorer la vérification de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="105"/>
        <source>&amp;Advance now</source>
        <translation>Avancer &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="105"/>
        <source>Advance the selected run now</source>
        <translation>Faire avancer maintenant l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="128"/>
        <source>Rotations message</source>
        <translation>Message des rotations</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="166"/>
        <source>Could not load the runs: %1</source>
        <translation>Impossible de charger les exécutions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="246"/>
        <source>Runs: %1</source>
        <translation>Exécutions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="277"/>
        <source>run #%1 (%2) is now %3</source>
        <translation>exécution #%1 (%2), désormais %3</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="281"/>
        <source>Advancing the due runs: %1</source>
        <translation>Avancement des exécutions à échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="283"/>
        <source>Advanced: %1.</source>
        <translation>Exécutions avancées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="309"/>
        <source>The services are not connected, so runs cannot be changed from here: set the platform and the vault in Settings.</source>
        <translation>Les services ne sont pas connectés, les exécutions ne peuvent donc pas être modifiées d&apos;ici&#xa0;: définissez la plateforme et le coffre dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="312"/>
        <source>Select a run first.</source>
        <translation>Sélectionnez d&apos;abord une exécution.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="314"/>
        <source>Waiting for the previous action to answer.</source>
        <translation>En attente de la réponse à l&apos;action précédente.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="320"/>
        <source>Only a failed run can be resumed.</source>
        <translation>Seule une exécution échouée peut être reprise.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="321"/>
        <source>Take the failed run back to the step that failed and go on.</source>
        <translation>Reprendre l&apos;exécution échouée à l&apos;étape qui a échoué et continuer.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="323"/>
        <source>Roll back is offered only while the old key is still valid: before it is revoked, and while the run is not finished.</source>
        <translation>Le retour arrière n&apos;est proposé que tant que l&apos;ancienne clé est valide&#xa0;: avant sa révocation, et tant que l&apos;exécution n&apos;est pas terminée.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="325"/>
        <source>Put the previous key back in the vault and revoke the new one.</source>
        <translation>Remettre la clé précédente dans le coffre et révoquer la nouvelle.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="327"/>
        <source>Only a run waiting for verification in its grace period can be overridden.</source>
        <translation>Seule la vérification d&apos;une exécution qui l&apos;attend pendant sa période de grâce peut être ignorée.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="328"/>
        <source>Let the run revoke the old key without verification; a written reason is required and audited.</source>
        <translation>Laisser l&apos;exécution révoquer l&apos;ancienne clé sans vérification&#xa0;; une justification écrite est exigée et consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="330"/>
        <source>A finished or failed run does not advance; resume a failed run instead.</source>
        <translation>Une exécution terminée ou échouée n&apos;avance pas&#xa0;; reprenez plutôt l&apos;exécution échouée.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="331"/>
        <source>Run the selected run&apos;s next steps now instead of waiting for the timer.</source>
        <translation>Lancer maintenant les prochaines étapes de l&apos;exécution sélectionnée au lieu d&apos;attendre le minuteur.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="367"/>
        <source>Resuming run #%1…</source>
        <translation>Reprise de l&apos;exécution #%1…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="372"/>
        <source>Run #%1 was not resumed: %2</source>
        <translation>L&apos;exécution #%1 n&apos;a pas été reprise&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="373"/>
        <source>Run #%1 resumed; it is now %2.</source>
        <translation>Exécution #%1 reprise&#xa0;; état actuel&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="387"/>
        <source>Roll back run #%1</source>
        <translation>Retour arrière de l&apos;exécution #%1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="388"/>
        <source>Roll back the rotation of %1?

The vault gets the previous key back and the new key is revoked at the provider. Services that already use the new key must pick up the previous one from the vault.</source>
        <translation>Revenir en arrière sur la rotation de %1&#xa0;?

Le coffre récupère la clé précédente et la nouvelle clé est révoquée chez le fournisseur. Les services qui utilisent déjà la nouvelle clé devront reprendre la précédente depuis le coffre.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="394"/>
        <source>Rolling back run #%1…</source>
        <translation>Retour arrière de l&apos;exécution #%1…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="399"/>
        <source>Run #%1 was not rolled back: %2</source>
        <translation>Retour arrière de l&apos;exécution #%1 non effectué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="400"/>
        <location filename="../ui/RotationsView.cpp" line="466"/>
        <source>Run #%1: %2.</source>
        <translation>Exécution #%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="412"/>
        <source>Override verification of run #%1</source>
        <translation>Ignorer la vérification de l&apos;exécution #%1</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="413"/>
        <source>The old key of %1 will be revoked without waiting for verification. Services still using it will fail.
Why is that acceptable? (required, at least a sentence; recorded in the audit log)</source>
        <translation>L&apos;ancienne clé de %1 sera révoquée sans attendre la vérification. Les services qui l&apos;utilisent encore échoueront.
Pourquoi est-ce acceptable&#xa0;? (obligatoire, au moins une phrase&#xa0;; consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="430"/>
        <source>A written reason is required to override verification; nothing was changed.</source>
        <translation>Une justification écrite est obligatoire pour ignorer la vérification&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="434"/>
        <source>Run #%1: verification was not overridden: %2</source>
        <translation>Exécution #%1&#xa0;: la vérification n&apos;a pas été ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="438"/>
        <source>Verification of run #%1 overridden; revoking the old key…</source>
        <translation>Vérification de l&apos;exécution #%1 ignorée&#xa0;; révocation de l&apos;ancienne clé…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="445"/>
        <source>Verification of run #%1 was overridden, but advancing it failed: %2</source>
        <translation>La vérification de l&apos;exécution #%1 a été ignorée, mais son avancement a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="446"/>
        <source>Verification of run #%1 overridden (the reason is in the audit log); it is now %2.</source>
        <translation>Vérification de l&apos;exécution #%1 ignorée (la justification figure dans le journal d&apos;audit)&#xa0;; état actuel&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="460"/>
        <source>Advancing run #%1…</source>
        <translation>Avancement de l&apos;exécution #%1…</translation>
    </message>
    <message>
        <location filename="../ui/RotationsView.cpp" line="465"/>
        <source>Run #%1 did not advance: %2</source>
        <translation>L&apos;exécution #%1 n&apos;a pas avancé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyturn::RowReader</name>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="174"/>
        <source>%1 must be text, not %2</source>
        <translation>%1 doit être du texte, pas %2</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="185"/>
        <source>%1 must be a list of names, not %2</source>
        <translation>%1 doit être une liste de noms, pas %2</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="185"/>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="203"/>
        <location filename="../app/core/importer/InventoryImport.cpp" line="349"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="219"/>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 doit valoir true ou false, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="235"/>
        <source>%1 &apos;%2&apos; is not a duration such as 30d</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas une durée comme 30d</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="236"/>
        <source>%1 &apos;%2&apos; is not a duration such as 2h or 30m</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas une durée comme 2h ou 30m</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="248"/>
        <source>%1 &apos;%2&apos; must be whole days, such as 30d</source>
        <translation>%1 &apos;%2&apos; doit être un nombre entier de jours, comme 30d</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="252"/>
        <source>%1 &apos;%2&apos; is longer than 100 years</source>
        <translation>%1 &apos;%2&apos; dépasse 100 ans</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="265"/>
        <source>%1 &apos;%2&apos; is not one of low, medium, high, critical</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas l&apos;une des valeurs low, medium, high, critical</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="278"/>
        <source>%1 &apos;%2&apos; is not held or issued</source>
        <translation>%1 &apos;%2&apos; n&apos;est ni held ni issued</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="289"/>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="299"/>
        <source>field &apos;%1&apos; looks like key material: Keyturn never stores keys, so it was ignored; remove it from the file</source>
        <translation>le champ &apos;%1&apos; ressemble à du matériel de clé&#xa0;: Keyturn ne stocke jamais de clés, il a donc été ignoré&#xa0;; retirez-le du fichier</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="303"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation>le champ inconnu &apos;%1&apos; est ignoré</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="321"/>
        <source>%1 is given twice</source>
        <translation>%1 est indiqué deux fois</translation>
    </message>
    <message>
        <location filename="../app/core/importer/InventoryImport.cpp" line="367"/>
        <source>name is missing</source>
        <translation>le champ name est absent</translation>
    </message>
</context>
<context>
    <name>keyturn::RunProgressWidget</name>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="41"/>
        <source>Steps of the run</source>
        <translation>Étapes de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="45"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="45"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="138"/>
        <source>done, %1 by %2</source>
        <translation>terminée le %1 par %2</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="141"/>
        <source>Run #%1 · %2 · %3 · started by %4, %5</source>
        <translation>Exécution #%1 · %2 · %3 · lancée par %4, %5</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="153"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="157"/>
        <source>current, since %1</source>
        <translation>en cours depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="158"/>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="162"/>
        <source>failed, %1</source>
        <translation>échouée le %1</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="165"/>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="166"/>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="185"/>
        <source>Completed %1.</source>
        <translation>Terminée le %1.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="187"/>
        <source>Rolled back %1: the vault holds the previous key again.</source>
        <translation>Retour arrière effectué le %1&#xa0;: le coffre contient de nouveau la clé précédente.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="190"/>
        <source>Waiting for an operator: resume the run, or roll it back while the old key is valid.</source>
        <translation>En attente d&apos;un opérateur&#xa0;: reprenez l&apos;exécution, ou revenez en arrière tant que l&apos;ancienne clé est valide.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="195"/>
        <source>Waiting for %1.</source>
        <translation>En attente de %1.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="197"/>
        <source>Next step: %1.</source>
        <translation>Prochaine étape&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="199"/>
        <source>Grace period until %1.</source>
        <translation>Période de grâce jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="206"/>
        <source>(not recorded)</source>
        <translation>(non enregistrée)</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="206"/>
        <source>(not yet known)</source>
        <translation>(pas encore connue)</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="208"/>
        <source>Old key: %1
New key: %2</source>
        <translation>Ancienne clé&#xa0;: %1
Nouvelle clé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="210"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="216"/>
        <source>No run selected</source>
        <translation>Aucune exécution sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/RunProgressWidget.cpp" line="219"/>
        <source>Select a run to see its steps, what it waits for and its keys&apos; fingerprints.</source>
        <translation>Sélectionnez une exécution pour voir ses étapes, ce qu&apos;elle attend et les empreintes de ses clés.</translation>
    </message>
</context>
<context>
    <name>keyturn::RunsModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="24"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="26"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="28"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="29"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="35"/>
        <source>in %n s</source>
        <translation>
            <numerusform>dans %n s</numerusform>
            <numerusform>dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="37"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="39"/>
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/RunsModel.cpp" line="40"/>
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="46"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="48"/>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="50"/>
        <source>emergency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="52"/>
        <source>rollback</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="54"/>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="90"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="91"/>
        <source>pre-checked</source>
        <translation>prévérifiée</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="92"/>
        <source>new key created</source>
        <translation>nouvelle clé créée</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="93"/>
        <source>staged in vault</source>
        <translation>placée dans le coffre</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="94"/>
        <source>grace period</source>
        <translation>période de grâce</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="95"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="96"/>
        <source>old key revoked</source>
        <translation>ancienne clé révoquée</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="97"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="98"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="99"/>
        <source>rolling back</source>
        <translation>retour arrière en cours</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="100"/>
        <source>rolled back</source>
        <translation>retour arrière effectué</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="102"/>
        <source>notified</source>
        <translation>avis envoyé</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="103"/>
        <source>awaiting migration</source>
        <translation>en attente de migration</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="104"/>
        <source>escalated</source>
        <translation>escaladée</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="118"/>
        <source>operator: resume or roll back</source>
        <translation>opérateur&#xa0;: reprendre ou revenir en arrière</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="120"/>
        <source>due now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="124"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="150"/>
        <source>Finished %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="152"/>
        <source>Urgent: the old key was revoked without a grace period</source>
        <translation>Urgent&#xa0;: l&apos;ancienne clé a été révoquée sans période de grâce</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="193"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="194"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="195"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="196"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="197"/>
        <source>Started by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="198"/>
        <source>Started</source>
        <translation>Lancée le</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="199"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="200"/>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <location filename="../app/core/models/RunsModel.cpp" line="201"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>keyturn::Scheduler</name>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="75"/>
        <source>%1 has no rotation time to count from</source>
        <translation>%1 n&apos;a aucune date de rotation de référence</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="80"/>
        <source>%1: the schedule &apos;%2&apos; is not valid: %3</source>
        <translation>%1&#xa0;: la planification &apos;%2&apos; n&apos;est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="84"/>
        <source>%1: the schedule &apos;%2&apos; never occurs</source>
        <translation>%1&#xa0;: la planification &apos;%2&apos; ne se produit jamais</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="96"/>
        <source>every %n d</source>
        <translation>tous les %n j</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="97"/>
        <source>cron %1 (UTC)</source>
        <translation>cron %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="274"/>
        <source>skipped: %1</source>
        <translation>ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="285"/>
        <source>skipped: run #%1 failed and waits for an operator (keyturnctl runs resume %1, or runs rollback %1)</source>
        <translation>ignorée&#xa0;: l&apos;exécution #%1 a échoué et attend un opérateur (keyturnctl runs resume %1, ou runs rollback %1)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="295"/>
        <source>skipped: an issued key rotates in a campaign with its consumers, which an operator opens (keyturnctl rotate %1); the scheduler never starts campaigns</source>
        <translation>ignorée&#xa0;: une clé émise tourne dans une campagne avec ses consommateurs, qu&apos;ouvre un opérateur (keyturnctl rotate %1)&#xa0;; le planificateur ne lance jamais de campagne</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="304"/>
        <source>skipped: due by its %1-day policy, but not scheduled for automatic rotation (give it a cron schedule or the label %2, or rotate it: keyturnctl rotate %3)</source>
        <translation>ignorée&#xa0;: à échéance selon sa politique de %1 jours, mais non planifiée pour une rotation automatique (donnez-lui une planification cron ou le libellé %2, ou faites-la tourner&#xa0;: keyturnctl rotate %3)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="314"/>
        <source>skipped: %1 cannot hold two keys at once, so rotating means an outage window that an operator must accept (keyturnctl rotate %2 --accept-single-key)</source>
        <translation>ignorée&#xa0;: %1 ne peut pas détenir deux clés à la fois, la rotation implique donc une période d&apos;interruption qu&apos;un opérateur doit accepter (keyturnctl rotate %2 --accept-single-key)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="335"/>
        <source>deferred: inside the blackout window %1, until %2 UTC</source>
        <translation>reportée&#xa0;: dans la période de gel %1, jusqu&apos;à %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="351"/>
        <source>deferred: shares %1 with %2, which is still rotating</source>
        <translation>reportée&#xa0;: partage %1 avec %2, encore en rotation</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/Scheduler.cpp" line="352"/>
        <source>deferred: shares %1 with %2</source>
        <translation>reportée&#xa0;: partage %1 avec %2</translation>
    </message>
</context>
<context>
    <name>keyturn::Screenshot</name>
    <message>
        <location filename="../ui/Screenshot.cpp" line="16"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../ui/Screenshot.cpp" line="19"/>
        <source>cannot write the screenshot %1</source>
        <translation>impossible d&apos;écrire la capture d&apos;écran %1</translation>
    </message>
</context>
<context>
    <name>keyturn::SettingsView</name>
    <message>
        <location filename="../ui/SettingsView.cpp" line="36"/>
        <source>Platform URL</source>
        <translation>URL de la plateforme</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="37"/>
        <source>Vault URL</source>
        <translation>URL de Vault</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="38"/>
        <source>Vault mount</source>
        <translation>Point de montage Vault</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="39"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="39"/>
        <source>Vault namespace</source>
        <translation>Espace de noms Vault</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="42"/>
        <source>Mail transport</source>
        <translation>Envoi du courrier</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="43"/>
        <source>None: notices are not sent from here</source>
        <translation>Aucun&#xa0;: les avis ne sont pas envoyés d&apos;ici</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="44"/>
        <source>HTTP mail API</source>
        <translation>API de courrier HTTP</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="45"/>
        <source>SMTP relay</source>
        <translation>Relais SMTP</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="46"/>
        <source>Mail API URL</source>
        <translation>URL de l&apos;API de courrier</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="47"/>
        <source>SMTP URL</source>
        <translation>URL SMTP</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="48"/>
        <source>(no login)</source>
        <translation>(sans authentification)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="48"/>
        <source>SMTP user</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="49"/>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="50"/>
        <source>(system roots only)</source>
        <translation>(racines du système uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="50"/>
        <location filename="../ui/SettingsView.cpp" line="53"/>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="51"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="54"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="62"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="65"/>
        <source>&amp;Platform admin API:</source>
        <translation>API d&apos;administration de la &amp;plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="67"/>
        <source>Vault &amp;mount:</source>
        <translation>Point de &amp;montage Vault&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="68"/>
        <source>Vault &amp;namespace:</source>
        <translation>Espace de &amp;noms Vault&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="70"/>
        <source>Mail &amp;API URL:</source>
        <translation>&amp;URL de l&apos;API de courrier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="72"/>
        <source>SMTP &amp;user:</source>
        <translation>Uti&amp;lisateur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="66"/>
        <source>Vau&amp;lt address:</source>
        <translation>Adresse de &amp;Vault&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="69"/>
        <source>Ma&amp;il transport:</source>
        <translation>Envo&amp;i du courrier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="71"/>
        <source>SMTP U&amp;RL:</source>
        <translation>URL SM&amp;TP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="73"/>
        <source>Sen&amp;der:</source>
        <translation>Expé&amp;diteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="74"/>
        <source>&amp;CA bundle:</source>
        <translation>&amp;Bundle CA&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="78"/>
        <source>Tokens (kept in the OS keychain, never in the workspace)</source>
        <translation>Jetons (conservés dans le trousseau du système, jamais dans l&apos;espace de travail)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="80"/>
        <source>Platform token:</source>
        <translation>Jeton de la plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="81"/>
        <source>Vault token:</source>
        <translation>Jeton Vault&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="82"/>
        <source>Mail API token:</source>
        <translation>Jeton de l&apos;API de courrier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="83"/>
        <source>SMTP password:</source>
        <translation>Mot de passe SMTP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="89"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="101"/>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="103"/>
        <source>&amp;Test connection</source>
        <translation>Te&amp;ster la connexion</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="115"/>
        <source>Connection test results</source>
        <translation>Résultats du test de connexion</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="117"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="117"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="117"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="124"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="196"/>
        <source>from the keychain, if stored</source>
        <translation>depuis le trousseau, s&apos;il y est enregistré</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="197"/>
        <source>from %1 (environment), which wins over the keychain</source>
        <translation>depuis %1 (environnement), prioritaire sur le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="211"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="225"/>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="242"/>
        <source>Profile saved; tokens stored in the keychain.</source>
        <translation>Profil enregistré&#xa0;; jetons enregistrés dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="244"/>
        <source>Profile saved, but: %1</source>
        <translation>Profil enregistré, mais&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="259"/>
        <source>Name at least one service to test.</source>
        <translation>Indiquez au moins un service à tester.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="271"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="287"/>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="287"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="287"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsView.cpp" line="298"/>
        <source>%n service(s) did not answer as expected.</source>
        <translation>
            <numerusform>%n service n&apos;a pas répondu comme prévu.</numerusform>
            <numerusform>%n services n&apos;ont pas répondu comme prévu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="302"/>
        <source>Every configured service answered.</source>
        <translation>Tous les services configurés ont répondu.</translation>
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
        <translation>aucun serveur de messagerie n&apos;est défini&#xa0;: indiquez une URL smtp:// ou smtps://</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="357"/>
        <source>the mail server URL holds a user name or password: put them in their own settings</source>
        <translation>l&apos;URL du serveur de messagerie contient un nom d&apos;utilisateur ou un mot de passe&#xa0;: indiquez-les dans leurs propres paramètres</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="361"/>
        <source>the mail server URL &quot;%1&quot; is not of the form smtp://host:port or smtps://host:port</source>
        <translation>l&apos;URL du serveur de messagerie &quot;%1&quot; n&apos;est pas de la forme smtp://host:port ou smtps://host:port</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="367"/>
        <source>implicit TLS needs an smtps:// URL, not &quot;%1&quot;</source>
        <translation>le TLS implicite exige une URL smtps://, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="371"/>
        <source>STARTTLS needs an smtp:// URL; for &quot;%1&quot; choose implicit TLS</source>
        <translation>STARTTLS exige une URL smtp://&#xa0;; pour &quot;%1&quot;, choisissez le TLS implicite</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="375"/>
        <source>mail without TLS needs an smtp:// URL, not &quot;%1&quot;</source>
        <translation>l&apos;envoi sans TLS exige une URL smtp://, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="377"/>
        <source>refusing to send mail in clear to %1: TLS mode &quot;none&quot; is allowed only for a mail server on this machine (loopback); use STARTTLS or implicit TLS</source>
        <translation>envoi de courrier en clair vers %1 refusé&#xa0;: le mode TLS &quot;none&quot; n&apos;est autorisé que pour un serveur de messagerie sur cette machine (loopback)&#xa0;; utilisez STARTTLS ou le TLS implicite</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="383"/>
        <source>a mail server password is set without a user name</source>
        <translation>un mot de passe de serveur de messagerie est défini sans nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="385"/>
        <source>the mail server user name contains a line break</source>
        <translation>le nom d&apos;utilisateur du serveur de messagerie contient un saut de ligne</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="389"/>
        <source>cannot read the CA bundle %1</source>
        <translation>impossible de lire le bundle CA %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="392"/>
        <source>the mail timeout must be positive</source>
        <translation>le délai d&apos;expiration de l&apos;envoi doit être positif</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="408"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl n&apos;a pas pu être initialisée</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="441"/>
        <source>no complete answer from the mail server %1 in time (%2)</source>
        <translation>pas de réponse complète du serveur de messagerie %1 dans le délai imparti (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="444"/>
        <source>cannot find the mail server %1 (%2)</source>
        <translation>serveur de messagerie %1 introuvable (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="446"/>
        <source>cannot connect to the mail server %1 (%2)</source>
        <translation>impossible de se connecter au serveur de messagerie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="449"/>
        <source>the mail server %1 does not offer STARTTLS, and Keyturn does not send mail in clear</source>
        <translation>le serveur de messagerie %1 ne propose pas STARTTLS, et Keyturn n&apos;envoie pas de courrier en clair</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="463"/>
        <source>TLS with the mail server %1 failed: %2</source>
        <translation>échec de TLS avec le serveur de messagerie %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="467"/>
        <source>the mail server %1 did not accept the user name and password: %2</source>
        <translation>le serveur de messagerie %1 n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="469"/>
        <source>sending to the mail server %1 was cancelled</source>
        <translation>l&apos;envoi au serveur de messagerie %1 a été annulé</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="473"/>
        <source>cannot send to the mail server %1: %2</source>
        <translation>impossible d&apos;envoyer au serveur de messagerie %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="479"/>
        <source>the mail server %1 refused a recipient: %2</source>
        <translation>le serveur de messagerie %1 a refusé un destinataire&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="481"/>
        <source>the mail server %1 refused the sender: %2</source>
        <translation>le serveur de messagerie %1 a refusé l&apos;expéditeur&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="482"/>
        <source>the mail server %1 refused the message: %2</source>
        <translation>le serveur de messagerie %1 a refusé le message&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/SmtpTransport.cpp" line="484"/>
        <source>the connection to the mail server %1 failed (%2)</source>
        <translation>la connexion au serveur de messagerie %1 a échoué (%2)</translation>
    </message>
</context>
<context>
    <name>keyturn::TeamRoles</name>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="56"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location filename="../app/core/store/TeamRoles.cpp" line="63"/>
        <source>no Keyturn role</source>
        <translation>aucun rôle Keyturn</translation>
    </message>
</context>
<context>
    <name>keyturn::TlsSettings</name>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="55"/>
        <source>cannot read the CA bundle %1: %2</source>
        <translation>impossible de lire le bundle CA %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/HttpJob.cpp" line="59"/>
        <source>the CA bundle %1 holds no PEM certificate</source>
        <translation>le bundle CA %1 ne contient aucun certificat PEM</translation>
    </message>
</context>
<context>
    <name>keyturn::TokenStore</name>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="39"/>
        <source>platform token</source>
        <translation>jeton de la plateforme</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="40"/>
        <source>vault token</source>
        <translation>jeton Vault</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="41"/>
        <source>mail API token</source>
        <translation>jeton de l&apos;API de courrier</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="42"/>
        <source>SMTP password</source>
        <translation>mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="73"/>
        <source>read the %1</source>
        <translation>lire le %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="88"/>
        <source>store the %1</source>
        <translation>enregistrer le %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/TokenStore.cpp" line="102"/>
        <source>remove the %1</source>
        <translation>supprimer le %1</translation>
    </message>
</context>
<context>
    <name>keyturn::UnauthorizedChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="505"/>
        <source>Old key</source>
        <translation>Ancienne clé</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="505"/>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="516"/>
        <source>The rotation runs could not be read: %1</source>
        <translation>Impossible de lire les exécutions de rotation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="530"/>
        <source>The keys of %1 could not be read: %2</source>
        <translation>Impossible de lire les clés de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="545"/>
        <source>No rotation is running</source>
        <translation>Aucune rotation en cours</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="554"/>
        <source>%1, run #%2 (%3)</source>
        <translation>%1, exécution #%2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="556"/>
        <source>401s: %1 with the old key, %2 with the new key</source>
        <translation>Réponses 401&#xa0;: %1 avec l&apos;ancienne clé, %2 avec la nouvelle</translation>
    </message>
</context>
<context>
    <name>keyturn::UpcomingRotationsChartModel</name>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Held keys</source>
        <translation>Clés détenues</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="304"/>
        <source>Issued keys</source>
        <translation>Clés émises</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="323"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="370"/>
        <source>%n key(s) overdue</source>
        <translation>
            <numerusform>%n clé en retard</numerusform>
            <numerusform>%n clés en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="371"/>
        <source>%n held key(s) due in the week of %1</source>
        <translation>
            <numerusform>%n clé détenue à échéance la semaine du %1</numerusform>
            <numerusform>%n clés détenues à échéance la semaine du %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/ChartModels.cpp" line="372"/>
        <source>%n issued key(s) due in the week of %1</source>
        <translation>
            <numerusform>%n clé émise à échéance la semaine du %1</numerusform>
            <numerusform>%n clés émises à échéance la semaine du %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="374"/>
        <source>Click to open the most overdue: %1 (due %2)</source>
        <translation>Cliquez pour ouvrir la plus en retard&#xa0;: %1 (échéance&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="375"/>
        <source>Click to open the first due: %1 (due %2)</source>
        <translation>Cliquez pour ouvrir la première à échéance&#xa0;: %1 (échéance&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="381"/>
        <source>Every key is being rotated right now</source>
        <translation>Toutes les clés sont en cours de rotation</translation>
    </message>
    <message>
        <location filename="../app/core/models/ChartModels.cpp" line="381"/>
        <source>No key to rotate in the inventory yet</source>
        <translation>Aucune clé à faire tourner dans l&apos;inventaire pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>keyturn::VaultClient</name>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="66"/>
        <source>no vault token: set KEYTURN_VAULT_TOKEN or store one in the keychain</source>
        <translation>aucun jeton Vault&#xa0;: définissez KEYTURN_VAULT_TOKEN ou enregistrez-en un dans le trousseau</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="84"/>
        <source>a seal state</source>
        <translation>état de scellement</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="108"/>
        <source>data and metadata.version for %1</source>
        <translation>data et metadata.version pour %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="130"/>
        <source>vault: %1 was changed by another writer (check-and-set version did not match); nothing was written</source>
        <translation>vault&#xa0;: %1 a été modifié entre-temps par un autre client (la version check-and-set ne correspondait pas)&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="140"/>
        <source>the new version of %1</source>
        <translation>la nouvelle version de %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="156"/>
        <source>current_version for %1</source>
        <translation>current_version pour %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="197"/>
        <source>capabilities for %1</source>
        <translation>capabilities pour %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/VaultClient.cpp" line="213"/>
        <source>token data</source>
        <translation>données de jeton</translation>
    </message>
</context>
<context>
    <name>keyturn::Workspace</name>
    <message>
        <location filename="../app/core/Workspace.cpp" line="34"/>
        <source>No acting identity: name one with --actor.</source>
        <translation>Aucune identité d&apos;acteur&#xa0;: indiquez-en une avec --actor.</translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="173"/>
        <source>the stored connection profile &apos;%1&apos; is damaged (%2); set it again with &apos;keyturnctl profile set&apos;</source>
        <translation>le profil de connexion enregistré &apos;%1&apos; est endommagé (%2)&#xa0;; redéfinissez-le avec &apos;keyturnctl profile set&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="178"/>
        <source>the stored connection profile &apos;%1&apos; is not valid: %2</source>
        <translation>le profil de connexion enregistré &apos;%1&apos; n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/Workspace.cpp" line="293"/>
        <source>The alert check stopped unexpectedly.</source>
        <translation>La vérification des alertes s&apos;est arrêtée de manière inattendue.</translation>
    </message>
</context>
<context>
    <name>keyturn::WorkspaceStore</name>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="194"/>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="224"/>
        <source>a credential named %1 already exists; nothing was added</source>
        <translation>une clé nommée %1 existe déjà&#xa0;; rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="276"/>
        <source>%1 was changed by someone else since it was read; your change was not saved. Reload and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 depuis sa lecture&#xa0;; votre modification n&apos;a pas été enregistrée. Rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="328"/>
        <source>there is no credential with id %1</source>
        <translation>il n&apos;existe aucune clé d&apos;id %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="345"/>
        <source>there is no credential named %1</source>
        <translation>il n&apos;existe aucune clé nommée %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="443"/>
        <source>a key version needs a fingerprint of the form sha256: and 16 hex digits; nothing was added (the value given is not repeated here in case it is a key)</source>
        <translation>une version de clé exige une empreinte de la forme sha256: suivie de 16 chiffres hexadécimaux&#xa0;; rien n&apos;a été ajouté (la valeur fournie n&apos;est pas reprise ici, au cas où ce serait une clé)</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="495"/>
        <source>cannot add key version %1: %2</source>
        <translation>impossible d&apos;ajouter la version de clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="520"/>
        <source>there is no key version with id %1</source>
        <translation>il n&apos;existe aucune version de clé d&apos;id %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="583"/>
        <source>a consumer needs an id and a name</source>
        <translation>un consommateur doit avoir un id et un nom</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="720"/>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="822"/>
        <source>there is no rotation run %1</source>
        <translation>il n&apos;existe aucune exécution de rotation %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="848"/>
        <source>%1 is already being rotated by run #%2 (started by %3, now %4); nothing was started</source>
        <translation>%1 est déjà en cours de rotation dans l&apos;exécution #%2 (lancée par %3, état actuel&#xa0;: %4)&#xa0;; rien n&apos;a été lancé</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="882"/>
        <source>%1 is already being rotated by another client; nothing was started</source>
        <translation>%1 est déjà en cours de rotation par un autre client&#xa0;; rien n&apos;a été lancé</translation>
    </message>
    <message>
        <location filename="../app/core/store/WorkspaceStore.cpp" line="924"/>
        <source>run %1 was moved on by another process (it is no longer %2); this step did nothing</source>
        <translation>l&apos;exécution %1 a été avancée par un autre processus (elle n&apos;est plus dans l&apos;état %2)&#xa0;; cette étape n&apos;a rien fait</translation>
    </message>
</context>
<context>
    <name>keyturn::alertrules</name>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="150"/>
        <source>%1: the key in use since %2 is older than %3× its %4-day rotation interval (since %5)</source>
        <translation>%1&#xa0;: la clé utilisée depuis le %2 a dépassé %3× son intervalle de rotation de %4 jours (depuis le %5)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="166"/>
        <source>%1: rotation overdue since %2</source>
        <translation>%1&#xa0;: rotation en retard depuis le %2</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="171"/>
        <source>%1: rotation due on %2</source>
        <translation>%1&#xa0;: rotation à échéance le %2</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="185"/>
        <source>%1: unused since %2</source>
        <translation>%1&#xa0;: inutilisée depuis le %2</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="186"/>
        <source>%1: never seen in use since it became current on %2</source>
        <translation>%1&#xa0;: jamais vue en usage depuis qu&apos;elle est devenue la clé actuelle le %2</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="189"/>
        <source> (potentially stale: %1 days or more)</source>
        <translation> (peut-être abandonnée&#xa0;: %1 jours ou plus)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="191"/>
        <source> (possible stale deployment)</source>
        <translation> (déploiement peut-être abandonné)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="199"/>
        <source>%1: rotation run #%2 failed</source>
        <translation>%1&#xa0;: l&apos;exécution de rotation #%2 a échoué</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="200"/>
        <source>%1: rotation run #%2 failed: %3</source>
        <translation>%1&#xa0;: l&apos;exécution de rotation #%2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="226"/>
        <source>%1: the old key (v%2) was used at %3, after the grace period of run #%4 ended at %5</source>
        <translation>%1&#xa0;: l&apos;ancienne clé (v%2) a été utilisée le %3, après la fin de la période de grâce de l&apos;exécution #%4 le %5</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="256"/>
        <source>%1: %2 refused (401) requests since run #%3 began (%4), more than %5× the rate before it (%6 expected)</source>
        <translation>%1&#xa0;: %2 requêtes refusées (401) depuis le début de l&apos;exécution #%3 (%4), plus de %5× le taux antérieur (%6 attendues)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="273"/>
        <source>%1: revoked key v%2 (%3) was tried after its revocation</source>
        <translation>%1&#xa0;: la clé révoquée v%2 (%3) a été présentée après sa révocation</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="278"/>
        <source>: %n refused request(s)</source>
        <translation>: %n requête(s) refusée(s)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/AlertRules.cpp" line="280"/>
        <source> (last use %1)</source>
        <translation> (dernière utilisation&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>Keyturn: rotate API keys without breaking the integrations that use them.</source>
        <translation>Keyturn&#xa0;: faites tourner vos clés d&apos;API sans casser les intégrations qui les utilisent.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="128"/>
        <source>Build a fresh demo workspace and open it.</source>
        <translation>Crée un nouvel espace de travail de démonstration et l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="131"/>
        <source>The workspace to open: a file, or a team workspace&apos;s address (postgresql://user@host:port/database).</source>
        <translation>L&apos;espace de travail à ouvrir&#xa0;: un fichier, ou l&apos;adresse d&apos;un espace de travail d&apos;équipe (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="135"/>
        <source>Who acts (default: the OS user).</source>
        <translation>Qui agit (par défaut&#xa0;: l&apos;utilisateur du système).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="138"/>
        <source>Render a view to a PNG file and exit.</source>
        <translation>Rend une vue dans un fichier PNG et quitte.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="142"/>
        <source>The view to show: %1 (default: the view the window was closed on; dashboard for a screenshot).</source>
        <translation>La vue à afficher&#xa0;: %1 (par défaut&#xa0;: la vue ouverte à la fermeture de la fenêtre&#xa0;; dashboard pour une capture d&apos;écran).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>Seed of the demo world (default 42).</source>
        <translation>Graine du monde de démonstration (42 par défaut).</translation>
    </message>
</context>
</TS>
