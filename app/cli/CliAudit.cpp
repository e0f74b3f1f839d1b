// keyturnctl's audit commands: audit verify | list | show | export | evidence | check-export.
#include "CliApp.h"

#include "core/Workspace.h"
#include "core/audit/AuditEvent.h"
#include "core/audit/AuditExport.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/EvidencePack.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::CliApp", text);
}

const char *const kAuditHelp = R"(Usage: keyturnctl [--workspace FILE] [--actor NAME] [--json] audit SUBCOMMAND

  audit verify
      Walks the audit log's hash chain. Exit 0 when it is intact; exit 1 naming the first event that was altered,
      removed or reordered. The verification itself is recorded in the log ("audit.verified", with the head hash).
  audit list [--since DATE] [--until DATE] [--type TYPE] [--actor NAME] [--key KEY] [--key-version N] [--text T]
             [--limit N] [--oldest-first]
      The history, newest first (default 50 events; --json: an array of events).
  audit show ID
      One event with its canonical JSON (the hashed bytes) and its hash.
  audit export --format csv|jsonl [--since DATE] [--until DATE] [--type TYPE] [--key-version N] [--actor NAME]
               [--key KEY] [--text T] [--output FILE]
      The filtered history, oldest first, to FILE (written whole or not at all) or standard output. Every field is
      kept verbatim; the last line is the chain head: '# head,<id>,<hash>' (CSV) or {"head_id":…,"head_hash":…}.
      The CSV is data, not a spreadsheet: import it with every column as text (values starting with = + - @ are kept).
  audit evidence --since DATE --until DATE --output DIR
      An evidence pack for auditors in the new (or empty) folder DIR: the period's export (CSV and JSON Lines), a
      summary per control (SOC 2 CC6.1 and CC8.1, ISO 27001:2022 A.5.17, PCI DSS 3.6/8.3), verification.json,
      README.md and MANIFEST.sha256 ('sha256sum -c MANIFEST.sha256' checks it). Exit 1 if the chain is not intact.
  audit check-export FILE
      Recomputes every row's hash of an export, checks the links between consecutive events and the head line.
      Exit 0 when it holds, 1 naming the first bad event, 2 when FILE is not an audit export.

DATE is 2026-11-24 (midnight UTC) or 2026-11-24T17:20:00Z (a time without a zone is UTC); --since is inclusive,
--until exclusive. TYPE is an action ("notice.approved") or a prefix ending in '.' or '*' ("rotation."); repeat it or
separate types with commas. KEY is a credential's name or id: its events and those of its key versions, runs,
notices and alerts. --text matches actor, action, target, fingerprints and details (ASCII letters in any case).
)";

std::optional<QDateTime> parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), Qt::UTC);
        return std::nullopt;
    }
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // no zone given: UTC, as everywhere in Keyturn
    return when.toUTC();
}

/// The options one audit subcommand accepts, parsed.
struct Options
{
    AuditFilter filter;
    int limit = 50;
    bool oldestFirst = false;
    QString format;
    QString output;
    QStringList positional;
};

QJsonObject eventJson(const AuditEvent &e)
{
    const QJsonDocument details = QJsonDocument::fromJson(e.details);
    return QJsonObject{
        {QStringLiteral("id"), double(e.id)},
        {QStringLiteral("at"), isoUtc(e.at)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("target_type"), e.targetType},
        {QStringLiteral("target_id"), e.targetId},
        {QStringLiteral("key_version"), e.keyVersion ? QJsonValue(*e.keyVersion) : QJsonValue()},
        {QStringLiteral("old_fingerprint"), e.oldFingerprint},
        {QStringLiteral("new_fingerprint"), e.newFingerprint},
        {QStringLiteral("details"),
         details.isObject() ? QJsonValue(details.object()) : QJsonValue(QString::fromUtf8(e.details))},
        {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash)},
        {QStringLiteral("hash"), QString::fromLatin1(e.hash)},
    };
}

QString cut(const QString &text, int width)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.size() >= width ? t.left(width - 2) + QStringLiteral("… ") : t.leftJustified(width);
}
} // namespace

const char *CliApp::auditHelp()
{
    return kAuditHelp;
}

int CliApp::cmdAudit(const Globals &g, const QStringList &args)
{
    const QString topic = QStringLiteral("audit");
    const QString sub = args.value(0);
    static const QStringList subcommands = {QStringLiteral("verify"),   QStringLiteral("list"),
                                            QStringLiteral("show"),     QStringLiteral("export"),
                                            QStringLiteral("evidence"), QStringLiteral("check-export")};
    if (!subcommands.contains(sub))
        return usageError(sub.isEmpty() ? tr("audit needs a subcommand: %1").arg(subcommands.join(QLatin1String(", ")))
                                        : tr("unknown audit subcommand '%1' (this build has: %2)")
                                              .arg(sub, subcommands.join(QLatin1String(", "))),
                          topic);

    // Which options each subcommand takes.
    QStringList allowed;
    if (sub == QLatin1String("list"))
        allowed = {QStringLiteral("--since"), QStringLiteral("--until"), QStringLiteral("--type"),
                   QStringLiteral("--actor"), QStringLiteral("--key"),   QStringLiteral("--key-version"),
                   QStringLiteral("--text"),  QStringLiteral("--limit"), QStringLiteral("--oldest-first")};
    else if (sub == QLatin1String("export"))
        allowed = {QStringLiteral("--format"),      QStringLiteral("--since"), QStringLiteral("--until"),
                   QStringLiteral("--type"),        QStringLiteral("--actor"), QStringLiteral("--key"),
                   QStringLiteral("--key-version"), QStringLiteral("--text"),  QStringLiteral("--output")};
    else if (sub == QLatin1String("evidence"))
        allowed = {QStringLiteral("--since"), QStringLiteral("--until"), QStringLiteral("--output")};

    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            o.positional << a;
            continue;
        }
        const int eq = a.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? a.left(eq) : a;
        if (!allowed.contains(name))
            return usageError(tr("audit %1 does not take %2").arg(sub, name), topic);
        if (name == QLatin1String("--oldest-first")) {
            o.oldestFirst = true;
            continue;
        }
        QString value;
        if (eq > 0) {
            value = a.mid(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            return usageError(tr("%1 needs a value").arg(name), topic);
        }
        if (name == QLatin1String("--since") || name == QLatin1String("--until")) {
            const auto when = parseDate(value);
            if (!when)
                return usageError(
                    tr("%1 '%2' is not a date: write 2026-11-24 or 2026-11-24T17:20:00Z").arg(name, value), topic);
            (name == QLatin1String("--since") ? o.filter.since : o.filter.until) = *when;
        } else if (name == QLatin1String("--type")) {
            for (const QString &t : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                o.filter.actions << t.trimmed();
            if (o.filter.actions.isEmpty())
                return usageError(tr("--type needs an action or a prefix such as rotation."), topic);
        } else if (name == QLatin1String("--actor")) {
            o.filter.actor = value;
        } else if (name == QLatin1String("--key")) {
            if (value.trimmed().isEmpty())
                return usageError(tr("--key needs a key name or id"), topic);
            o.filter.key = value;
        } else if (name == QLatin1String("--key-version")) {
            bool ok = false;
            const int v = value.toInt(&ok);
            if (!ok || v < 0)
                return usageError(tr("--key-version '%1' is not a version number").arg(value), topic);
            o.filter.keyVersion = v;
        } else if (name == QLatin1String("--text")) {
            o.filter.text = value;
        } else if (name == QLatin1String("--limit")) {
            bool ok = false;
            o.limit = value.toInt(&ok);
            if (!ok || o.limit < 1 || o.limit > 100000)
                return usageError(tr("--limit '%1' is not a number from 1 to 100000").arg(value), topic);
        } else if (name == QLatin1String("--format")) {
            if (!auditExportFormatFromString(value))
                return usageError(tr("--format is csv or jsonl, not '%1'").arg(value), topic);
            o.format = value;
        } else if (name == QLatin1String("--output")) {
            if (value.isEmpty())
                return usageError(tr("--output needs a path"), topic);
            o.output = value;
        }
    }
    if (o.filter.since.isValid() && o.filter.until.isValid() && o.filter.until <= o.filter.since)
        return usageError(tr("--until must be after --since"), topic);

    const int positionals = (sub == QLatin1String("show") || sub == QLatin1String("check-export")) ? 1 : 0;
    if (o.positional.size() > positionals)
        return usageError(tr("unexpected argument '%1'").arg(o.positional.at(positionals)), topic);
    if (o.positional.size() < positionals)
        return usageError(sub == QLatin1String("show") ? tr("audit show needs an event id")
                                                       : tr("audit check-export needs a file"),
                          topic);

    if (sub == QLatin1String("check-export"))
        return auditCheckExport(g, o.positional.first());

    qint64 showId = 0;
    if (sub == QLatin1String("show")) {
        bool ok = false;
        showId = o.positional.first().toLongLong(&ok);
        if (!ok || showId <= 0)
            return usageError(tr("'%1' is not an event id").arg(o.positional.first()), topic);
    }
    if (sub == QLatin1String("export") && o.format.isEmpty())
        return usageError(tr("audit export needs --format csv or --format jsonl"), topic);
    if (sub == QLatin1String("evidence") &&
        (!o.filter.since.isValid() || !o.filter.until.isValid() || o.output.isEmpty()))
        return usageError(tr("audit evidence needs --since DATE, --until DATE and --output DIR"), topic);

    auto ws = openExisting(g);
    if (!ws)
        return Failed;

    if (sub == QLatin1String("verify"))
        return auditVerify(*ws, g);
    if (sub == QLatin1String("evidence"))
        return auditEvidence(*ws, g, o.filter.since, o.filter.until, o.output);

    AuditQuery query(ws->database());
    if (sub == QLatin1String("show")) {
        auto e = query.event(showId);
        if (!e)
            return failed(e.errorMessage());
        const QByteArray canonical = canonicalJson(*e);
        const bool matches = chainHash(e->prevHash, canonical) == e->hash;
        if (g.json) {
            QJsonObject shown = eventJson(*e);
            shown.insert(QStringLiteral("canonical_json"), QString::fromUtf8(canonical));
            shown.insert(QStringLiteral("hash_matches"), matches);
            m_out << QJsonDocument(shown).toJson(QJsonDocument::Indented);
        } else {
            m_out << tr("Event #%1").arg(e->id) << '\n'
                  << tr("  time          %1").arg(isoUtc(e->at)) << '\n'
                  << tr("  actor         %1").arg(e->actor) << '\n'
                  << tr("  action        %1").arg(e->action) << '\n'
                  << tr("  target        %1 %2").arg(e->targetType, e->targetId) << '\n'
                  << tr("  key version   %1").arg(e->keyVersion ? QString::number(*e->keyVersion) : QString()) << '\n'
                  << tr("  old key       %1").arg(e->oldFingerprint) << '\n'
                  << tr("  new key       %1").arg(e->newFingerprint) << '\n'
                  << tr("  details       %1").arg(QString::fromUtf8(e->details)) << '\n'
                  << tr("canonical JSON (the hashed bytes, after prev_hash):") << '\n'
                  << QString::fromUtf8(canonical) << '\n'
                  << tr("prev_hash %1").arg(QString::fromLatin1(e->prevHash)) << '\n'
                  << tr("hash      %1 (%2)")
                         .arg(QString::fromLatin1(e->hash),
                              matches ? tr("matches its content") : tr("DOES NOT match its content"))
                  << '\n';
        }
        m_out.flush();
        return Success;
    }

    if (sub == QLatin1String("list")) {
        // keyturnctl waits for the whole answer: bounded scans simply continue until the page is full
        QList<AuditEvent> events;
        const AuditOrder order = o.oldestFirst ? AuditOrder::OldestFirst : AuditOrder::NewestFirst;
        qint64 after = 0;
        bool more = true;
        while (events.size() < o.limit && more) {
            auto page = query.page(o.filter, order, after, std::min(o.limit - int(events.size()), 1000));
            if (!page)
                return failed(page.errorMessage());
            events += page->events;
            after = page->resumeAfterId;
            more = !page->atEnd;
        }
        if (g.json) {
            QJsonArray a;
            for (const AuditEvent &e : events)
                a.append(eventJson(e));
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const AuditEvent &e : events) {
                m_out << QString::number(e.id).leftJustified(8)
                      << e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << cut(e.actor, 14)
                      << cut(e.action, 26) << cut(e.targetType + QLatin1Char(' ') + e.targetId, 16)
                      << cut(e.keyVersion ? QStringLiteral("v%1").arg(*e.keyVersion) : QString(), 5)
                      << QString::fromUtf8(e.details).left(100) << '\n';
            }
            m_out << (more ? tr("%1 events shown (%2); more match: raise --limit or narrow the filter")
                           : tr("%1 events (%2)"))
                         .arg(events.size())
                         .arg(o.filter.describe())
                  << '\n';
        }
        m_out.flush();
        return Success;
    }

    // export
    const AuditExportFormat format = *auditExportFormatFromString(o.format);
    if (!o.output.isEmpty()) {
        auto written = exportAuditToFile(ws->database(), o.filter, format, o.output);
        if (!written)
            return failed(written.errorMessage());
        m_err << tr("Exported %1 events (%2) to %3; chain head #%4 %5")
                     .arg(written->rows)
                     .arg(o.filter.describe(), o.output)
                     .arg(written->headId)
                     .arg(QString::fromLatin1(written->headHash))
              << '\n';
        m_err.flush();
        return Success;
    }
    m_out.flush();
    if (QIODevice *device = m_out.device()) {
        auto written = writeAuditExport(ws->database(), o.filter, format, *device);
        if (!written)
            return failed(written.errorMessage());
        return Success;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = writeAuditExport(ws->database(), o.filter, format, buffer);
    if (!written)
        return failed(written.errorMessage());
    m_out << QString::fromUtf8(buffer.data());
    m_out.flush();
    return Success;
}

int CliApp::auditVerify(Workspace &ws, const Globals &g)
{
    auto result = ws.audit().verify();
    if (!result)
        return failed(tr("could not read the audit log: %1").arg(result.errorMessage()));
    const AuditVerification &v = *result;
    auto recorded = ws.audit().recordVerification(v, ws.actor());
    if (g.json) {
        m_out << QJsonDocument(QJsonObject{
                                   {QStringLiteral("intact"), v.intact},
                                   {QStringLiteral("events_checked"), double(v.eventsChecked)},
                                   {QStringLiteral("first_bad_event"),
                                    v.intact ? QJsonValue() : QJsonValue(double(v.firstBadId))},
                                   {QStringLiteral("problem"), v.intact ? QJsonValue() : QJsonValue(v.problem)},
                                   {QStringLiteral("head_id"), v.intact ? QJsonValue(double(v.headId)) : QJsonValue()},
                                   {QStringLiteral("head_hash"),
                                    v.intact ? QJsonValue(QString::fromLatin1(v.headHash)) : QJsonValue()},
                                   {QStringLiteral("recorded_event_id"),
                                    recorded ? QJsonValue(double(recorded->id)) : QJsonValue()},
                               })
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    } else if (v.intact) {
        m_out << tr("Audit log intact: %1 events, head #%2 %3")
                     .arg(v.eventsChecked)
                     .arg(v.headId)
                     .arg(QString::fromLatin1(v.headHash))
              << '\n';
        if (recorded)
            m_out << tr("Recorded as audit event #%1.").arg(recorded->id) << '\n';
        m_out.flush();
    }
    if (!v.intact)
        return failed(tr("audit log is NOT intact: %1").arg(v.problem));
    if (!recorded)
        return failed(
            tr("the log is intact, but the verification could not be recorded: %1").arg(recorded.errorMessage()));
    return Success;
}

int CliApp::auditEvidence(Workspace &ws, const Globals &g, const QDateTime &since, const QDateTime &until,
                          const QString &folder)
{
    EvidencePackRequest request;
    request.since = since;
    request.until = until;
    request.folder = folder;
    auto pack = writeEvidencePack(ws.store(), request);
    if (!pack)
        return failed(pack.errorMessage());
    const AuditVerification &v = pack->verification;
    if (g.json) {
        QJsonArray files;
        for (const QString &f : pack->files)
            files.append(f);
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("folder"), pack->folder},
                                           {QStringLiteral("files"), files},
                                           {QStringLiteral("events"), double(pack->events)},
                                           {QStringLiteral("overdue_keys"), pack->overdueKeys},
                                           {QStringLiteral("intact"), v.intact},
                                           {QStringLiteral("head_id"), double(v.headId)},
                                           {QStringLiteral("head_hash"), QString::fromLatin1(v.headHash)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_out << tr("Evidence pack written to %1: %2 events in the period, %3 keys overdue at its end, %4 files "
                    "(check with 'sha256sum -c MANIFEST.sha256' there).")
                     .arg(pack->folder)
                     .arg(pack->events)
                     .arg(pack->overdueKeys)
                     .arg(pack->files.size())
              << '\n';
    }
    m_out.flush();
    if (!v.intact)
        return failed(tr("the pack was written, but the audit log is NOT intact: %1").arg(v.problem));
    return Success;
}

int CliApp::auditCheckExport(const Globals &g, const QString &path)
{
    auto check = checkAuditExport(path);
    if (!check)
        return usageError(tr("%1 is not an audit export: %2").arg(path, check.errorMessage()), QStringLiteral("audit"));
    const AuditExportCheck &c = *check;
    if (g.json) {
        m_out << QJsonDocument(QJsonObject{
                                   {QStringLiteral("ok"), c.ok},
                                   {QStringLiteral("rows"), double(c.rows)},
                                   {QStringLiteral("links_checked"), double(c.linksChecked)},
                                   {QStringLiteral("complete_chain"), c.completeChain},
                                   {QStringLiteral("head_id"), double(c.headId)},
                                   {QStringLiteral("head_hash"), QString::fromLatin1(c.headHash)},
                                   {QStringLiteral("first_bad_event"),
                                    c.ok || !c.firstBadId ? QJsonValue() : QJsonValue(double(c.firstBadId))},
                                   {QStringLiteral("first_bad_line"),
                                    c.ok || !c.firstBadLine ? QJsonValue() : QJsonValue(double(c.firstBadLine))},
                                   {QStringLiteral("problem"), c.ok ? QJsonValue() : QJsonValue(c.problem)},
                               })
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    } else if (c.ok) {
        const QString head = QStringLiteral("#%1 %2").arg(c.headId).arg(QString::fromLatin1(c.headHash));
        m_out << (c.completeChain
                      ? tr("%1: %2 events, every hash matches; the whole chain from #1 to the head %3.")
                            .arg(path)
                            .arg(c.rows)
                            .arg(head)
                      : tr("%1: %2 events, every hash matches, %3 links between consecutive events hold; head %4 "
                           "(a filtered export: the chain between its events is not in the file).")
                            .arg(path)
                            .arg(c.rows)
                            .arg(c.linksChecked)
                            .arg(head))
              << '\n';
        m_out.flush();
    }
    if (!c.ok)
        return failed(tr("%1 does NOT hold: %2").arg(path, c.problem));
    return Success;
}

} // namespace keyturn
