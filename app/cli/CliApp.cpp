#include "CliApp.h"

#include "core/Workspace.h"
#include "core/audit/AuditEvent.h"
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/domain/KeyStatus.h"
#include "core/importer/InventoryExport.h"
#include "core/importer/InventoryImport.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::CliApp", text);
}

const char *const kMainHelp = R"(Usage: keyturnctl [--workspace FILE] [--actor NAME] [--json] COMMAND [ARGS]

Rotate API keys without breaking the integrations that use them: the headless side of Keyturn.

Global options:
  --workspace FILE   the workspace database (default: $KEYTURN_WORKSPACE, else the user's data folder)
  --database URL     a team workspace on PostgreSQL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full]
                     (default: $KEYTURN_DATABASE). No password in it: libpq reads PGPASSWORD or ~/.pgpass.
                     There you act as the database user, and its Keyturn roles decide what you may do.
  --actor NAME       who acts in a workspace file, as the audit log and the four-eyes rule see it
                     (default: the OS user); not with --database
  --json             machine-readable output, in snake_case
  -h, --help         this help; 'keyturnctl COMMAND --help' for one command
  --version          the version

Commands:
  init                          create the workspace, or migrate it to this version's schema
  profile set --platform URL --vault URL [--vault-mount M] [--vault-namespace NS]
              (--mail-api URL | --smtp URL [--smtp-user NAME]) [--from ADDR] [--ca-bundle PEM]
                                set the connection profile (no tokens: see below)
  profile show                  print the connection profile and where each token comes from
  profile store-token platform|vault|mail|smtp
                                read a token from standard input into the OS keychain
  connections test              reach every configured service; exit 0 only if all answer
  sync                          pull consumers, keys and usage from the provider into the inventory
  rotate KEY... [--grace DURATION] [--emergency --reason TEXT] [--accept-single-key] [--yes]
                                start a dual-key rotation of each held KEY (name or id); prints the run ids
  rotate KEY... [--deadline DURATION] [--policy revoke|escalate] [--notice-lead DAYS] [--yes]
                                open a campaign for issued KEYs: consumers switch keys before the deadline;
                                their notices are drafted into the approval queue
  rotate KEY... --emergency --reason TEXT [--deadline DURATION] [--yes]
                                an emergency campaign for issued KEYs: urgent notices, old keys revoked at the
                                (short, default 24h) deadline
  runs list | runs show RUN | runs resume [RUN] | runs rollback RUN | runs extend RUN --by D --reason T
                                rotation runs: list, show with their steps, resume, roll back, extend
  run-due                       advance every run whose time has come, draft due reminders, send approved
                                notices that are due, then exit (for a timer)
  notices list [--state S[,S]] [--campaign ID] | notices show ID
  notices approve ID... | notices reject ID --reason TEXT | notices edit ID [--subject T] [--body-file F]
  notices send | notices cancel ID --reason T | notices retry ID | notices confirm ID --note T
  notices templates list|show NAME|set NAME --file F | notices configure [--contact A] [--api-url U]
              [--dashboard-url U]
                                the approval queue: nothing reaches a consumer before someone other than its
                                author approves it
  campaigns list | campaigns show ID
                                campaigns of issued keys and where each consumer stands
  alerts list [--all] | alerts ack ID [--note TEXT]
                                the monitoring rules' alerts (recomputed first); acknowledged ones stay so
  disable-user USER_ID --reason TEXT --yes
                                emergency: disable every key of one platform user (consumer) at once
  inventory list [--status S]   list credentials with their status
  inventory import FILE [--dry-run] [--yes]
                                add and update credentials from YAML (the rotation guide's api_keys: and
                                rotation_schedules:) or CSV; shows every change and every error by line first
  inventory export --csv FILE [--status S] [--kind K] [--provider P] [--environment E]
                                write the (filtered) inventory as CSV; it imports back unchanged
  audit verify                  check the audit log's hash chain; exit 1 naming the first bad event (recorded)
  audit list [--since DATE] [--until DATE] [--type TYPE] [--actor A] [--key K] [--key-version N] [--text T]
             [--limit N]        the audit history, newest first
  audit show ID                 one event with its canonical JSON and hash
  audit export --format csv|jsonl [--since DATE] [--until DATE] [--type TYPE] [--key-version N] [--output FILE]
                                the filtered history; it ends with the chain head so a reader can check it
  audit evidence --since DATE --until DATE --output DIR
                                an evidence pack for auditors: exports, control summaries, verification, manifest
  audit check-export FILE       recompute an export's hashes and links
  admin init-roles              (team workspace) create or update the roles keyturn_auditor (reads),
                                keyturn_engineer (notices) and keyturn_admin (rotations, inventory), their
                                grants and the database's approval rule; run by the database's owner
  admin whoami                  (team workspace) your database user and its Keyturn roles

Tokens come from KEYTURN_PLATFORM_TOKEN, KEYTURN_VAULT_TOKEN, KEYTURN_MAIL_TOKEN and KEYTURN_SMTP_PASSWORD, or
from the OS keychain; never from the command line, and Keyturn never writes them to the workspace.

Exit codes: 0 success, 1 the action failed, 2 bad usage or bad input.
)";

const char *const kNoticesHelp = R"(Usage: keyturnctl [--workspace FILE] [--actor NAME] [--json] notices SUBCOMMAND

The approval queue (the gated send). Campaigns draft a notice per consumer from a template chosen by the consumer's
integration pattern (REST, Python, Node, Java, Go, environment-specific endpoints); reminders at 14, 7 and 1 days
before the deadline go to consumers whose new key is not used yet. Every notice enters as pending; nothing is
delivered before it is approved, and whoever drafted or last edited a notice (for a campaign's notices: whoever
started the rotation) cannot approve it.

  notices list [--state S[,S]] [--campaign ID]
                          list notices (--json: id, state, consumer, campaign, send_at, and more)
  notices show ID         the notice as the consumer will read it, with its history (edits as diffs)
  notices approve ID...   approve pending notices; all or none
  notices reject ID --reason TEXT
                          back to draft with the reason
  notices edit ID [--subject TEXT] [--body-file FILE]
                          replace the subject and/or the Markdown body; the notice waits for approval again
  notices send            deliver every approved notice whose send time has come (run-due does this too)
  notices cancel ID --reason TEXT
  notices retry ID        send a failed notice again
  notices confirm ID --note TEXT
                          record an interrupted or failed notice as delivered (you checked it arrived)
  notices templates list | show NAME | set NAME --file FILE [--subject TEXT]
                          the templates; saving stores a new version (unknown placeholders are refused)
  notices configure [--contact ADDR] [--api-url URL] [--dashboard-url URL]
                          what notices tell consumers besides the key: whom to ask, the API and dashboard
  campaigns list | campaigns show ID
                          campaigns and, per consumer: to_notify, notified, reminded, extended, migrated,
                          unmigrated, revoked
)";

const char *const kInitHelp = R"(Usage: keyturnctl [--workspace FILE] init

Creates the workspace database if it does not exist, and applies any schema migrations it lacks.
An existing workspace keeps its data. A file that is not a Keyturn workspace is left unchanged.
)";

const char *const kInventoryHelp = R"(Usage: keyturnctl [--workspace FILE] [--json] inventory list [--status STATUS]
       keyturnctl [--workspace FILE] [--actor NAME] [--json] inventory import FILE [--dry-run] [--yes]
       keyturnctl [--workspace FILE] inventory export --csv FILE [--status S] [--kind K] [--provider P]
                  [--environment E]

inventory list
  Lists every credential with its kind, provider, environment, owner, age and status.
  STATUS is one of: healthy, due_soon, overdue, overdue_critical, stale, potentially_stale, rotating, revoked.
  With --json: an array of objects with id, name, kind, provider, environment, owner, vault_path, status, age_days,
  last_used_at (ISO 8601 UTC or null), and more.

inventory import FILE [--dry-run] [--yes] [--format yaml|csv]
  Reads FILE (at most 50 MB) and prints what it would add and change, field by field, and every problem with its
  line. Credentials are matched by name; fields the file leaves out keep their value.
  YAML: the rotation guide's format, a list under api_keys: with name, provider, environment, used_by (list),
  vault_path, rotation_frequency (whole days: 30d), supports_dual_key, provider_api, criticality (low, medium, high,
  critical) and optionally owner, kind (held or issued), grace_period (2h), schedule (cron), labels (list); and/or a
  list under rotation_schedules: with secret (a credential's name or the end of its vault path), schedule (5-field
  cron, UTC) and grace_period, which set the schedule and grace period of that credential.
  CSV: a header row of the same field names; used_by and labels separated by ';' inside their cell.
  Any error: exit 2, every error printed, nothing written. Otherwise the changes are applied in one transaction
  and audited (one event per credential and one inventory.imported event); --yes is needed when standard input is
  not a terminal. --dry-run shows the preview and never writes.
  With --json: {added, changed, unchanged, applied, errors: [{line, field, message}], warnings, rows}.

inventory export --csv FILE [--status S] [--kind held|issued] [--provider P] [--environment E]
  Writes the inventory, or the credentials matching every filter given, as CSV (UTF-8, RFC 4180 quoting), replacing
  FILE atomically: name, kind, provider, environment, owner, used_by, vault_path, provider_api, rotation_frequency,
  schedule, grace_period, supports_dual_key, criticality, labels, status, age_days, last_used_at (ISO 8601 UTC).
  Importing the file again changes nothing.
)";

const char *const kProfileHelp = R"(Usage: keyturnctl [--workspace FILE] profile set|show|store-token ...

  profile set --platform URL --vault URL [--vault-mount secret] [--vault-namespace NS]
              (--mail-api URL | --smtp URL [--smtp-user NAME]) [--from ADDR] [--ca-bundle PEM]
      Sets the fields given; the others keep their value. URLs must be https, or http to this machine.
      --smtp takes smtp://host:587 (STARTTLS) or smtps://host:465 (implicit TLS).
  profile show
      Prints the profile and, per token, whether it comes from the environment or the keychain.
  profile store-token platform|vault|mail|smtp
      Reads one line from standard input and stores it in the OS keychain for this workspace.

Tokens are never taken on the command line: set KEYTURN_PLATFORM_TOKEN, KEYTURN_VAULT_TOKEN, KEYTURN_MAIL_TOKEN,
KEYTURN_SMTP_PASSWORD, or store them in the keychain.
)";

const char *const kConnectionsHelp = R"(Usage: keyturnctl [--workspace FILE] [--json] connections test

Reaches every service of the connection profile (the platform admin API, the vault, the mail transport) with its
token. Exit 0 only if every configured service answered and accepted its token.
)";

const char *const kSyncHelp = R"(Usage: keyturnctl [--workspace FILE] [--json] sync

Pulls users (as consumers), their keys (as issued credentials with their versions) and usage (last used, request
and 401 counts) from the platform's admin API into the inventory. Safe to repeat: a second sync with nothing new
changes nothing. If anything fails, nothing of that sync is kept.
)";

const char *const kRotateHelp =
    R"(Usage: keyturnctl [--workspace FILE] rotate KEY... [--grace DURATION] [--emergency --reason TEXT]
                  [--accept-single-key] [--yes]

Starts a dual-key rotation of each held KEY (name or id) and prints the run ids, one a line: a new key is created at
the provider, stored in the vault beside the old one, services get the grace period (DURATION such as 30m, 2h; default
the key's own) to pick it up, the new key must be seen in use and the old one quiet, and only then is the old key
revoked. The run waits between steps; 'keyturnctl run-due' (or the GUI) advances it.
  --emergency --reason TEXT   revoke the old key at once after the new one is in the vault
  --accept-single-key         rotate a provider that cannot hold two keys at once (services fail until they reload)
  --yes                       do not ask for confirmation (needed when standard input is not a terminal)
Issued keys rotate as a consumer campaign instead: rotate KEY... [--deadline 30d] [--policy revoke|escalate]
[--notice-lead DAYS]. Each consumer is sent a notice (drafted into the approval queue; approved by someone other than
who started the rotation), creates, uses and switches to a new key before the deadline, and is reminded 14, 7 and 1
days before it while their new key is unused. The deadline is at least the notice lead (default 30 days) away. At the
deadline the old keys of migrated consumers are revoked; for the others the policy decides (revoke anyway, or
escalate to an engineer), and a consumer who was never sent a notice is always escalated, never cut off.
rotate KEY... --emergency --reason TEXT [--deadline 24h] opens an emergency campaign: urgent notices, and the old keys
are revoked at the deadline (default 24 hours) whether or not the consumers migrated.
)";

const char *const kRunsHelp =
    R"(Usage: keyturnctl [--workspace FILE] [--json] runs list | runs show RUN | runs resume [RUN] | runs rollback RUN
       keyturnctl [--workspace FILE] [--json] run-due

  runs list            every rotation run with its state
  runs show RUN        one run with each step's time and result
  runs resume [RUN]    take a failed run back to the step that failed and advance it; without RUN, every unfinished run
  runs rollback RUN    restore the old key in the vault and revoke the new one (only while the old key is valid)
  runs extend RUN --by DURATION --reason TEXT
                       move one consumer's campaign deadline (audited)
  runs signoff RUN [--note TEXT]
                       the owner's sign-off of a run of a key labelled requires-signoff (not by who started it)
  run-due              advance every run whose time has come, draft the notices campaigns need now (first notices,
                       reminders, extensions), send approved notices that are due, then exit: run it from a timer.
                       Exit 1 if a run or a notice failed.
)";

QString isoOrEmpty(const QDateTime &when)
{
    return when.isValid() ? isoUtc(when) : QString();
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}
} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, const Clock &clock) : m_out(out), m_err(err), m_clock(clock) {}

int CliApp::usageError(const QString &message, const QString &helpTopic)
{
    m_err << "keyturnctl: " << message << '\n';
    m_err << tr("Run 'keyturnctl %1--help' for usage.")
                 .arg(helpTopic.isEmpty() ? QString() : helpTopic + QLatin1Char(' '))
          << '\n';
    m_err.flush();
    return Usage;
}

int CliApp::failed(const QString &message)
{
    m_err << "keyturnctl: " << message << '\n';
    m_err.flush();
    return Failed;
}

void CliApp::printHelp(const QString &topic)
{
    if (topic == QLatin1String("init"))
        m_out << kInitHelp;
    else if (topic == QLatin1String("inventory"))
        m_out << kInventoryHelp;
    else if (topic == QLatin1String("audit"))
        m_out << auditHelp();
    else if (topic == QLatin1String("profile"))
        m_out << kProfileHelp;
    else if (topic == QLatin1String("connections"))
        m_out << kConnectionsHelp;
    else if (topic == QLatin1String("sync"))
        m_out << kSyncHelp;
    else if (topic == QLatin1String("rotate"))
        m_out << kRotateHelp;
    else if (topic == QLatin1String("runs") || topic == QLatin1String("run-due"))
        m_out << kRunsHelp;
    else if (topic == QLatin1String("notices") || topic == QLatin1String("campaigns"))
        m_out << kNoticesHelp;
    else
        m_out << kMainHelp;
    m_out.flush();
}

int CliApp::run(const QStringList &arguments)
{
    Globals g;
    // a team workspace named in the environment (the systemd unit's way) comes before a workspace file
    g.workspace = qEnvironmentVariable("KEYTURN_DATABASE");
    if (g.workspace.isEmpty())
        g.workspace = qEnvironmentVariable("KEYTURN_WORKSPACE");
    g.actor = Workspace::defaultActor();
    bool actorGiven = false;
    QStringList rest;
    int i = 0;
    // Global options come before the command.
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](QString &into) -> bool {
            const int eq = a.indexOf(QLatin1Char('='));
            if (eq > 0) {
                into = a.mid(eq + 1);
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            into = arguments.at(++i);
            return true;
        };
        if (a == QLatin1String("--workspace") || a.startsWith(QLatin1String("--workspace="))) {
            if (!value(g.workspace))
                return usageError(tr("--workspace needs a file"));
        } else if (a == QLatin1String("--database") || a.startsWith(QLatin1String("--database="))) {
            if (!value(g.workspace))
                return usageError(tr("--database needs an address such as postgresql://alice@db.example:5432/keyturn"));
            if (!Database::isServerLocation(g.workspace))
                return usageError(tr("--database takes a team workspace's address (postgresql://user@host:port/"
                                     "database), not '%1'; a workspace file goes with --workspace")
                                      .arg(g.workspace));
        } else if (a == QLatin1String("--actor") || a.startsWith(QLatin1String("--actor="))) {
            if (!value(g.actor) || g.actor.trimmed().isEmpty())
                return usageError(tr("--actor needs a name"));
            actorGiven = true;
        } else if (a == QLatin1String("--json")) {
            g.json = true;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("help")) {
            printHelp(i + 1 < arguments.size() ? arguments.at(i + 1) : QString());
            return Success;
        } else if (a == QLatin1String("--version")) {
            m_out << "keyturnctl " << KEYTURN_VERSION << '\n';
            m_out.flush();
            return Success;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(tr("unknown option %1").arg(a));
        } else {
            break;
        }
    }
    if (i >= arguments.size())
        return usageError(tr("no command given"));
    const QString command = arguments.at(i);
    rest = arguments.mid(i + 1);
    // --json may also follow the command
    if (rest.removeAll(QStringLiteral("--json")) > 0)
        g.json = true;
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        printHelp(command);
        return Success;
    }
    if (g.workspace.isEmpty())
        g.workspace = Workspace::defaultLocation();
    if (Database::isServerLocation(g.workspace) && actorGiven)
        return usageError(tr("--actor cannot be used with a team workspace: there you act as your database user (the "
                             "user in the address, or PGUSER), whom the server authenticates. Nothing was done."));

    if (command == QLatin1String("init"))
        return cmdInit(g, rest);
    if (command == QLatin1String("inventory"))
        return cmdInventory(g, rest);
    if (command == QLatin1String("profile"))
        return cmdProfile(g, rest);
    if (command == QLatin1String("connections"))
        return cmdConnections(g, rest);
    if (command == QLatin1String("sync"))
        return cmdSync(g, rest);
    if (command == QLatin1String("rotate"))
        return cmdRotate(g, rest);
    if (command == QLatin1String("runs"))
        return cmdRuns(g, rest);
    if (command == QLatin1String("run-due"))
        return cmdRunDue(g, rest);
    if (command == QLatin1String("disable-user"))
        return cmdDisableUser(g, rest);
    if (command == QLatin1String("audit"))
        return cmdAudit(g, rest);
    if (command == QLatin1String("notices"))
        return cmdNotices(g, rest);
    if (command == QLatin1String("campaigns"))
        return cmdCampaigns(g, rest);
    if (command == QLatin1String("alerts"))
        return cmdAlerts(g, rest);
    if (command == QLatin1String("admin"))
        return cmdAdmin(g, rest);
    return usageError(tr("unknown command '%1' (this build has: init, profile, connections, sync, rotate, runs, "
                         "run-due, notices, campaigns, alerts, disable-user, inventory, audit, admin)")
                          .arg(command));
}

int CliApp::cmdInit(const Globals &g, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("init takes no arguments, got '%1'").arg(args.join(QLatin1Char(' '))),
                          QStringLiteral("init"));
    auto ws = Workspace::open(g.workspace, g.actor, m_clock);
    if (!ws)
        return failed(ws.errorMessage());
    const int version = (*ws)->database().schemaVersion();
    if (g.json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("workspace"), (*ws)->location()},
                                           {QStringLiteral("schema_version"), version}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_out << tr("Workspace ready at %1 (schema %2).").arg((*ws)->location()).arg(version) << '\n';
    }
    m_out.flush();
    return Success;
}

int CliApp::cmdInventory(const Globals &g, const QStringList &args)
{
    const QString topic = QStringLiteral("inventory");
    const QString sub = args.isEmpty() ? QString() : args.first();
    if (sub != QLatin1String("list") && sub != QLatin1String("import") && sub != QLatin1String("export"))
        return usageError(args.isEmpty() ? tr("inventory needs a subcommand: list, import or export")
                                         : tr("unknown inventory subcommand '%1' (this build has: list, import, "
                                              "export)")
                                               .arg(sub),
                          topic);
    // Options with a value, as "--opt VALUE" or "--opt=VALUE".
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;
    const QStringList valueOptions =
        sub == QLatin1String("list") ? QStringList{QStringLiteral("--status")}
        : sub == QLatin1String("import")
            ? QStringList{QStringLiteral("--format")}
            : QStringList{QStringLiteral("--csv"), QStringLiteral("--status"), QStringLiteral("--kind"),
                          QStringLiteral("--provider"), QStringLiteral("--environment")};
    const QStringList flagOptions =
        sub == QLatin1String("import")
            ? QStringList{QStringLiteral("--dry-run"), QStringLiteral("--yes"), QStringLiteral("-y")}
            : QStringList{};
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? a.left(eq) : a;
        if (valueOptions.contains(name)) {
            if (eq > 0)
                values.insert(name, a.mid(eq + 1));
            else if (i + 1 < args.size())
                values.insert(name, args.at(++i));
            else
                return usageError(tr("%1 needs a value").arg(name), topic);
        } else if (flagOptions.contains(a)) {
            flags << a;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(tr("unexpected argument '%1'").arg(a), topic);
        } else {
            positional << a;
        }
    }
    std::optional<KeyStatus> status;
    if (values.contains(QStringLiteral("--status"))) {
        const QString value = values.value(QStringLiteral("--status"));
        status = keyStatusFromString(value);
        if (!status) {
            QStringList names;
            for (KeyStatus s : allKeyStatuses())
                names << toString(s);
            return usageError(tr("unknown status '%1'; use one of: %2").arg(value, names.join(QStringLiteral(", "))),
                              topic);
        }
    }

    if (sub == QLatin1String("import")) {
        if (positional.size() != 1)
            return usageError(positional.isEmpty()
                                  ? tr("inventory import needs a FILE")
                                  : tr("inventory import takes one FILE, got %1").arg(positional.size()),
                              topic);
        ImportFormat format = ImportFormat::Auto;
        if (values.contains(QStringLiteral("--format"))) {
            const QString f = values.value(QStringLiteral("--format")).toLower();
            if (f == QLatin1String("yaml") || f == QLatin1String("yml"))
                format = ImportFormat::Yaml;
            else if (f == QLatin1String("csv"))
                format = ImportFormat::Csv;
            else
                return usageError(tr("--format is yaml or csv, not '%1'").arg(f), topic);
        }
        const bool dryRun = flags.contains(QStringLiteral("--dry-run"));
        const bool yes = flags.contains(QStringLiteral("--yes")) || flags.contains(QStringLiteral("-y"));
        Workspace::Options options;
        options.createIfMissing = false;
        auto ws = Workspace::open(g.workspace, g.actor, m_clock, options);
        if (!ws)
            return failed(ws.errorMessage());
        InventoryImport importer((*ws)->store());
        const ImportPreview preview = importer.previewFile(positional.first(), format);

        const auto issueJson = [](const QList<ImportIssue> &issues) {
            QJsonArray out;
            for (const ImportIssue &i : issues)
                out.append(
                    QJsonObject{{QStringLiteral("line"), i.line > 0 ? QJsonValue(i.line) : QJsonValue()},
                                {QStringLiteral("field"), i.field.isEmpty() ? QJsonValue() : QJsonValue(i.field)},
                                {QStringLiteral("message"), i.message}});
            return out;
        };
        const auto printJson = [&](bool applied) {
            QJsonArray rows;
            for (const ImportRow &r : preview.rows) {
                QJsonArray changes;
                for (const FieldChange &c : r.changes)
                    changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                               {QStringLiteral("before"), c.before},
                                               {QStringLiteral("after"), c.after}});
                rows.append(QJsonObject{{QStringLiteral("line"), r.line},
                                        {QStringLiteral("name"), r.credential.name},
                                        {QStringLiteral("action"), toString(r.action)},
                                        {QStringLiteral("changes"), changes}});
            }
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("file"), preview.source},
                                               {QStringLiteral("added"), preview.added()},
                                               {QStringLiteral("changed"), preview.changed()},
                                               {QStringLiteral("unchanged"), preview.unchanged()},
                                               {QStringLiteral("applied"), applied},
                                               {QStringLiteral("dry_run"), dryRun},
                                               {QStringLiteral("errors"), issueJson(preview.errors)},
                                               {QStringLiteral("warnings"), issueJson(preview.warnings)},
                                               {QStringLiteral("rows"), rows}})
                         .toJson(QJsonDocument::Indented);
            m_out.flush();
        };

        if (!g.json) {
            m_out << tr("%1: %2 to add, %3 to change, %4 unchanged, errors: %5")
                         .arg(preview.source)
                         .arg(preview.added())
                         .arg(preview.changed())
                         .arg(preview.unchanged())
                         .arg(preview.errors.size())
                  << '\n';
            for (const ImportRow &r : preview.rows) {
                if (r.action == ImportRow::Action::Add) {
                    m_out << "  + "
                          << tr("add %1 (line %2): %3, %4, every %5 days")
                                 .arg(r.credential.name)
                                 .arg(r.line)
                                 .arg(r.credential.provider, r.credential.environment)
                                 .arg(r.credential.rotationIntervalDays)
                          << '\n';
                } else if (r.action == ImportRow::Action::Change) {
                    m_out << "  ~ " << tr("change %1 (line %2):").arg(r.credential.name).arg(r.line) << '\n';
                    for (const FieldChange &c : r.changes)
                        m_out << "      " << c.field << ": " << (c.before.isEmpty() ? tr("(empty)") : c.before)
                              << " -> " << (c.after.isEmpty() ? tr("(empty)") : c.after) << '\n';
                }
            }
            m_out.flush();
            for (const ImportIssue &w : preview.warnings)
                m_err << "keyturnctl: " << tr("warning: %1").arg(w.text()) << '\n';
            m_err.flush();
        }
        if (preview.hasErrors()) {
            if (g.json)
                printJson(false);
            for (const ImportIssue &e : preview.errors)
                m_err << "keyturnctl: " << e.text() << '\n';
            m_err << "keyturnctl: "
                  << tr("%1 has errors (%2); nothing was imported").arg(preview.source).arg(preview.errors.size())
                  << '\n';
            m_err.flush();
            return Usage;
        }
        if (dryRun || preview.added() + preview.changed() == 0) {
            if (g.json) {
                printJson(false);
            } else {
                m_out << (dryRun ? tr("Dry run: nothing was written.")
                                 : tr("The inventory already matches the file: nothing to import."))
                      << '\n';
                m_out.flush();
            }
            return Success;
        }
        if (!yes) {
            if (!isatty(STDIN_FILENO))
                return usageError(
                    tr("add --yes to confirm when standard input is not a terminal; nothing was imported"), topic);
            std::fprintf(
                stderr, "%s",
                qPrintable(tr("Import: %1 to add, %2 to change? [y/N] ").arg(preview.added()).arg(preview.changed())));
            char answer[8] = {};
            if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y'))
                return failed(tr("nothing was imported"));
        }
        auto summary = importer.apply(preview);
        if (!summary)
            return failed(summary.errorMessage());
        if (g.json) {
            printJson(true);
        } else {
            m_out << tr("Imported: %1 added, %2 changed, %3 unchanged.")
                         .arg(summary->added)
                         .arg(summary->changed)
                         .arg(summary->unchanged)
                  << '\n';
            m_out.flush();
        }
        return Success;
    }

    if (!positional.isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(positional.first()), topic);

    if (sub == QLatin1String("export")) {
        const QString path = values.value(QStringLiteral("--csv"));
        if (path.isEmpty())
            return usageError(tr("inventory export needs --csv FILE"), topic);
        std::optional<CredentialKind> kind;
        if (values.contains(QStringLiteral("--kind"))) {
            kind = credentialKindFromString(values.value(QStringLiteral("--kind")).toLower());
            if (!kind)
                return usageError(tr("--kind is held or issued, not '%1'").arg(values.value(QStringLiteral("--kind"))),
                                  topic);
        }
        const QString provider = values.value(QStringLiteral("--provider"));
        const QString environment = values.value(QStringLiteral("--environment"));
        Workspace::Options options;
        options.createIfMissing = false;
        auto ws = Workspace::open(g.workspace, g.actor, m_clock, options);
        if (!ws)
            return failed(ws.errorMessage());
        auto rows = (*ws)->store().inventory();
        if (!rows)
            return failed(rows.errorMessage());
        const QDateTime now = m_clock.now();
        QList<InventoryRow> selected;
        for (const InventoryRow &row : *rows) {
            const Credential &c = row.credential;
            if (status && assessInventoryRow(row, now).status != *status)
                continue;
            if (kind && c.kind != *kind)
                continue;
            if (!provider.isEmpty() && c.provider.compare(provider, Qt::CaseInsensitive) != 0)
                continue;
            if (!environment.isEmpty() && c.environment.compare(environment, Qt::CaseInsensitive) != 0)
                continue;
            selected << row;
        }
        auto written = writeInventoryCsv(path, selected, now);
        if (!written)
            return failed(written.errorMessage());
        if (g.json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("file"), path},
                                               {QStringLiteral("exported"), *written},
                                               {QStringLiteral("total"), int(rows->size())}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << tr("Exported %1 of %2 credentials to %3.").arg(*written).arg(rows->size()).arg(path) << '\n';
        m_out.flush();
        return Success;
    }

    Workspace::Options options;
    options.createIfMissing = false;
    auto ws = Workspace::open(g.workspace, g.actor, m_clock, options);
    if (!ws)
        return failed(ws.errorMessage());
    auto rows = (*ws)->store().inventory();
    if (!rows)
        return failed(rows.errorMessage());
    const QDateTime now = m_clock.now();

    QJsonArray array;
    if (!g.json) {
        m_out << pad(tr("NAME"), 34) << pad(tr("KIND"), 7) << pad(tr("PROVIDER"), 22) << pad(tr("ENVIRONMENT"), 12)
              << pad(tr("AGE"), 6) << pad(tr("POLICY"), 7) << pad(tr("LAST USED"), 22) << tr("STATUS") << '\n';
    }
    int shown = 0;
    for (const InventoryRow &row : *rows) {
        const StatusAssessment s = assessInventoryRow(row, now);
        if (status && s.status != *status)
            continue;
        ++shown;
        const Credential &c = row.credential;
        if (g.json) {
            QJsonObject o{
                {QStringLiteral("id"), double(c.id)},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("kind"), toString(c.kind)},
                {QStringLiteral("provider"), c.provider},
                {QStringLiteral("environment"), c.environment},
                {QStringLiteral("owner"), c.owner},
                {QStringLiteral("used_by"), QJsonArray::fromStringList(c.usedBy)},
                {QStringLiteral("vault_path"), c.vaultPath},
                {QStringLiteral("criticality"), c.criticality},
                {QStringLiteral("rotation_interval_days"), c.rotationIntervalDays},
                {QStringLiteral("supports_dual_key"), c.supportsDualKey},
                {QStringLiteral("status"), toString(s.status)},
                {QStringLiteral("status_reasons"), QJsonArray::fromStringList(s.reasons)},
                {QStringLiteral("age_days"), row.rotatedAt.isValid() ? QJsonValue(s.ageDays) : QJsonValue()},
                {QStringLiteral("next_rotation_at"),
                 s.nextRotation.isValid() ? QJsonValue(isoUtc(s.nextRotation)) : QJsonValue()},
                {QStringLiteral("last_used_at"),
                 row.lastUsedAt.isValid() ? QJsonValue(isoUtc(row.lastUsedAt)) : QJsonValue()},
                {QStringLiteral("current_version"), row.currentVersion ? QJsonValue(row.currentVersion) : QJsonValue()},
                {QStringLiteral("fingerprint"),
                 row.currentFingerprint.isEmpty() ? QJsonValue() : QJsonValue(row.currentFingerprint)},
                {QStringLiteral("consumer"), row.consumerName.isEmpty() ? QJsonValue() : QJsonValue(row.consumerName)},
            };
            array.append(o);
        } else {
            m_out << pad(c.name, 34) << pad(toString(c.kind), 7) << pad(c.provider, 22) << pad(c.environment, 12)
                  << pad(row.rotatedAt.isValid() ? QString::number(s.ageDays) : QStringLiteral("-"), 6)
                  << pad(QStringLiteral("%1d").arg(c.rotationIntervalDays), 7)
                  << pad(row.lastUsedAt.isValid() ? isoOrEmpty(row.lastUsedAt).left(19) + QLatin1Char('Z')
                                                  : tr("never"),
                         22)
                  << toString(s.status) << '\n';
        }
    }
    if (g.json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else
        m_out << tr("%1 of %2 credentials").arg(shown).arg(rows->size()) << '\n';
    m_out.flush();
    return Success;
}

} // namespace keyturn
