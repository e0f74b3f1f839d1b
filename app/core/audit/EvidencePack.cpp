#include "EvidencePack.h"

#include "../domain/Clock.h"
#include "../store/Database.h"
#include "../store/WorkspaceStore.h"
#include "AuditExport.h"
#include "AuditQuery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::EvidencePack", text);
}

const QString kCsv = QStringLiteral("audit-events.csv");
const QString kJsonl = QStringLiteral("audit-events.jsonl");
const QString kVerification = QStringLiteral("verification.json");
const QString kReadme = QStringLiteral("README.md");
const QString kManifest = QStringLiteral("MANIFEST.sha256");

QString day(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                          : QStringLiteral("—");
}

/// A Markdown table cell: one line, pipes escaped.
QString cell(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString table(const QStringList &header, const QList<QStringList> &rows, const QString &none)
{
    if (rows.isEmpty())
        return none + QStringLiteral("\n");
    QString out = QStringLiteral("| ") + header.join(QLatin1String(" | ")) + QStringLiteral(" |\n|");
    for (int i = 0; i < header.size(); ++i)
        out += QStringLiteral(" --- |");
    out += QLatin1Char('\n');
    for (const QStringList &r : rows) {
        QStringList cells;
        for (const QString &c : r)
            cells << cell(c);
        out += QStringLiteral("| ") + cells.join(QLatin1String(" | ")) + QStringLiteral(" |\n");
    }
    return out;
}

Result<void> writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{tr("cannot write %1: %2").arg(path, f.errorString())};
    return {};
}

Result<QByteArray> sha256File(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(path, f.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error{tr("cannot read %1: %2").arg(path, f.errorString())};
    return hash.result().toHex();
}

/// A uniquely named folder beside `target`, removed with its contents unless released.
class TempFolder
{
public:
    explicit TempFolder(const QFileInfo &target)
    {
        for (int attempt = 0; attempt < 16 && m_path.isEmpty(); ++attempt) {
            const QString candidate = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                      QStringLiteral(".partial-") +
                                      QString::number(QRandomGenerator::global()->generate64(), 36);
            if (QDir().mkdir(candidate))
                m_path = candidate;
        }
    }
    ~TempFolder()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    TempFolder(const TempFolder &) = delete;
    TempFolder &operator=(const TempFolder &) = delete;
    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

/// One rotation run as the period's events show it.
struct RunFacts
{
    qint64 runId = 0;
    QString credential;
    QString kind;
    QString startedBy;
    QString lastState;
    QDateTime lastAt;
    QDateTime completedAt;
    QString oldFingerprint;
    QString newFingerprint;
    std::optional<qint64> newVersion;
    QStringList actors;
};

struct Facts
{
    QMap<qint64, RunFacts> runs;
    QList<QStringList> keyVersions; // when, key, version, old fp, new fp, by
    QList<QStringList> approvals;   // when, what, by, subject, note
    QList<QStringList> rejections;  // when, notice, by, reason
    QList<QStringList> notices;     // when, notice, key, recipient, consumer, by
    QList<QStringList> revocations; // when, key, version, fingerprint, how, by
    QList<QStringList> overdue;     // key, provider, environment, owner, interval, rotated, age, status
};

struct Names
{
    QHash<qint64, QString> credentials;
    QHash<qint64, RunFacts> runs; // credential, kind, started by
    QHash<qint64, QString> noticeKey;

    QString credential(qint64 id) const
    {
        return credentials.value(id, id ? QStringLiteral("#%1").arg(id) : QString());
    }
};

Result<Names> loadNames(const Database &db)
{
    Names n;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT id, name FROM credentials"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    while (q.next())
        n.credentials.insert(q.value(0).toLongLong(), q.value(1).toString());
    QSqlQuery runs = db.query();
    runs.prepare(QStringLiteral("SELECT id, credential_id, kind, started_by FROM rotation_runs"));
    if (auto r = Database::exec(runs); !r)
        return r.error();
    while (runs.next()) {
        RunFacts f;
        f.runId = runs.value(0).toLongLong();
        f.credential = n.credential(runs.value(1).toLongLong());
        f.kind = runs.value(2).toString();
        f.startedBy = runs.value(3).toString();
        n.runs.insert(f.runId, f);
    }
    QSqlQuery notices = db.query();
    notices.prepare(QStringLiteral("SELECT n.id, n.credential_id, r.credential_id FROM notices n"
                                   " LEFT JOIN rotation_runs r ON r.id = n.run_id"));
    if (auto r = Database::exec(notices); !r)
        return r.error();
    while (notices.next()) {
        const qint64 cid = notices.value(1).isNull() ? notices.value(2).toLongLong() : notices.value(1).toLongLong();
        n.noticeKey.insert(notices.value(0).toLongLong(), n.credential(cid));
    }
    return n;
}

Result<Facts> gatherFacts(WorkspaceStore &store, const EvidencePackRequest &request)
{
    const Database &db = store.database();
    auto names = loadNames(db);
    if (!names)
        return names.error();
    Facts facts;
    AuditFilter filter;
    filter.since = request.since;
    filter.until = request.until;
    filter.actions = {QStringLiteral("rotation."),       QStringLiteral("key_version."),
                      QStringLiteral("notice.approved"), QStringLiteral("notice.rejected"),
                      QStringLiteral("notice.sent"),     QStringLiteral("credential.lifecycle")};
    AuditQuery query(db);
    auto visited = query.forEach(filter, [&](const AuditEventView &v) {
        const AuditEvent e = toAuditEvent(v);
        const QJsonObject d = QJsonDocument::fromJson(e.details).object();
        const QString when = day(e.at);
        const qint64 target = e.targetId.toLongLong();
        const QString version = e.keyVersion ? QString::number(*e.keyVersion) : QString();
        if (e.action.startsWith(QLatin1String("rotation.")) && e.targetType == QLatin1String("run")) {
            RunFacts &r = facts.runs[target];
            if (!r.runId) {
                r = names->runs.value(target);
                r.runId = target;
            }
            const QString state = e.action.mid(int(qstrlen("rotation.")));
            if (state != QLatin1String("step")) {
                r.lastState = state;
                r.lastAt = e.at;
            }
            if (state == QLatin1String("completed"))
                r.completedAt = e.at;
            if (!e.oldFingerprint.isEmpty())
                r.oldFingerprint = e.oldFingerprint;
            if (!e.newFingerprint.isEmpty())
                r.newFingerprint = e.newFingerprint;
            if (e.keyVersion)
                r.newVersion = *e.keyVersion;
            if (!r.actors.contains(e.actor))
                r.actors << e.actor;
            if (d.contains(QLatin1String("signed_off_by")))
                facts.approvals << QStringList{when,
                                               tr("sign-off of rotation run %1 (%2)").arg(target).arg(r.credential),
                                               e.actor, QString(), d.value(QLatin1String("note")).toString()};
            if (d.value(QLatin1String("override")).toBool())
                facts.approvals << QStringList{
                    when, tr("verification override, run %1 (%2)").arg(target).arg(r.credential), e.actor, QString(),
                    d.value(QLatin1String("override_reason")).toString()};
            if (state == QLatin1String("old_key_revoked"))
                facts.revocations << QStringList{when,
                                                 r.credential,
                                                 QString(),
                                                 e.oldFingerprint,
                                                 tr("old key revoked by rotation run %1").arg(target),
                                                 e.actor};
            return true;
        }
        if (e.action == QLatin1String("key_version.added")) {
            facts.keyVersions << QStringList{
                when, names->credential(target), version, e.oldFingerprint, e.newFingerprint, e.actor};
        } else if (e.action == QLatin1String("key_version.revoked")) {
            facts.revocations << QStringList{
                when, names->credential(target), version, e.oldFingerprint, tr("key version revoked"), e.actor};
        } else if (e.action == QLatin1String("credential.lifecycle") &&
                   d.value(QLatin1String("to")).toString() == QLatin1String("revoked")) {
            facts.revocations << QStringList{
                when,
                names->credential(target),
                QString(),
                QString(),
                tr("credential revoked: %1").arg(d.value(QLatin1String("reason")).toString()),
                e.actor};
        } else if (e.action == QLatin1String("notice.approved")) {
            facts.approvals << QStringList{when, tr("notice %1 (%2)").arg(target).arg(names->noticeKey.value(target)),
                                           e.actor, d.value(QLatin1String("consumer")).toString(), QString()};
        } else if (e.action == QLatin1String("notice.rejected")) {
            facts.rejections << QStringList{when, tr("notice %1 (%2)").arg(target).arg(names->noticeKey.value(target)),
                                            e.actor, d.value(QLatin1String("detail")).toString()};
        } else if (e.action == QLatin1String("notice.sent")) {
            facts.notices << QStringList{when,
                                         QString::number(target),
                                         names->noticeKey.value(target),
                                         d.value(QLatin1String("recipient")).toString(),
                                         d.value(QLatin1String("consumer")).toString(),
                                         d.value(QLatin1String("message_id")).toString()};
        }
        return true;
    });
    if (!visited)
        return visited.error();

    // Keys overdue at the period's end: the status rules applied to each key as it stood then (its latest key
    // version made current before the end; use is not judged here, only age against the rotation interval).
    auto rows = store.inventory();
    if (!rows)
        return rows.error();
    QHash<qint64, qint64> activated;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT credential_id, MAX(COALESCE(activated_at, created_at)) FROM key_versions"
                             " WHERE COALESCE(activated_at, created_at) < ? AND state <> 'pending'"
                             " GROUP BY credential_id"));
    bind(q, request.until.toMSecsSinceEpoch());
    if (auto r = Database::exec(q); !r)
        return r.error();
    while (q.next())
        activated.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    for (InventoryRow row : *rows) {
        const Credential &c = row.credential;
        if ((c.createdAt.isValid() && c.createdAt >= request.until) || !activated.contains(c.id))
            continue;
        row.rotatedAt = QDateTime::fromMSecsSinceEpoch(activated.value(c.id), Qt::UTC);
        row.lastUsedAt = request.until; // age only: the stale rules are not part of this list
        if (row.credential.lifecycle == Lifecycle::Rotating)
            row.credential.lifecycle = Lifecycle::Active;
        const StatusAssessment a = assessInventoryRow(row, request.until);
        if (a.status != KeyStatus::Overdue && a.status != KeyStatus::OverdueCritical)
            continue;
        facts.overdue << QStringList{c.name,
                                     c.provider,
                                     c.environment,
                                     c.owner,
                                     tr("%1 d").arg(c.rotationIntervalDays),
                                     day(row.rotatedAt),
                                     tr("%1 d").arg(a.ageDays),
                                     statusLabel(a.status)};
    }
    return facts;
}

QString rotationsSection(const Facts &f)
{
    QList<QStringList> rows;
    for (const RunFacts &r : f.runs) {
        rows << QStringList{QString::number(r.runId),
                            r.credential,
                            r.kind,
                            r.startedBy,
                            r.lastState,
                            day(r.completedAt.isValid() ? r.completedAt : r.lastAt),
                            r.oldFingerprint,
                            r.newFingerprint,
                            r.newVersion ? QString::number(*r.newVersion) : QString(),
                            r.actors.join(QLatin1String(", "))};
    }
    QString out =
        tr("## What rotated, and when\n\nRotation runs with events in the period, by run. *State* is the "
           "last state the period recorded (`completed`: the new key is in use and the old one revoked).\n\n");
    out += table({tr("run"), tr("key"), tr("kind"), tr("started by"), tr("state"), tr("when"), tr("old fingerprint"),
                  tr("new fingerprint"), tr("new version"), tr("acted")},
                 rows, tr("No rotation ran in the period."));
    out += tr("\nKey versions recorded in the period (by a rotation, a sync with the provider, or an import):\n\n");
    out += table({tr("when"), tr("key"), tr("version"), tr("old fingerprint"), tr("new fingerprint"), tr("by")},
                 f.keyVersions, tr("None."));
    return out;
}

QString approvalsSection(const Facts &f)
{
    QString out = tr("## Approvals\n\nEvery approval of a notice (four-eyes: its author cannot approve it), owner "
                     "sign-off of a rotation, and written override of verification in the period.\n\n");
    out += table({tr("when"), tr("what"), tr("approved by"), tr("consumer"), tr("note or reason")}, f.approvals,
                 tr("No approvals in the period."));
    out += tr("\nRejected notices:\n\n");
    out += table({tr("when"), tr("notice"), tr("rejected by"), tr("reason")}, f.rejections, tr("None."));
    return out;
}

QString noticesSection(const Facts &f)
{
    QString out = tr("## Notices sent\n\nEvery notice delivered to a consumer in the period.\n\n");
    out += table({tr("when"), tr("notice"), tr("key"), tr("recipient"), tr("consumer"), tr("message id")}, f.notices,
                 tr("No notices were sent in the period."));
    return out;
}

QString revocationsSection(const Facts &f)
{
    QString out = tr("## Revocations\n\nEvery key revoked in the period, by a rotation or by hand.\n\n");
    out += table({tr("when"), tr("key"), tr("version"), tr("fingerprint"), tr("how"), tr("by")}, f.revocations,
                 tr("No keys were revoked in the period."));
    return out;
}

QString overdueSection(const Facts &f, const EvidencePackRequest &request)
{
    QString out = tr("## Keys overdue at the period's end (%1)\n\nKeys whose current key at that moment was older "
                     "than their rotation interval (Keyturn's status rules: *overdue* at the interval, *overdue "
                     "(critical)* above 1.5 times it).\n\n")
                      .arg(day(request.until));
    out += table({tr("key"), tr("provider"), tr("environment"), tr("owner"), tr("interval"), tr("current since"),
                  tr("age"), tr("status")},
                 f.overdue, tr("No key was overdue at the period's end."));
    return out;
}

struct Control
{
    QString id;
    QString title;
    QString requirement;
    QString howKeyturn;
    QStringList sections; // rotations, approvals, notices, revocations, overdue
};

QList<Control> controls()
{
    return {
        {QStringLiteral("SOC2-CC6.1"),
         tr("SOC 2 — CC6.1 Logical access security"),
         tr("The entity implements logical access security over protected information assets: credentials that grant "
            "access are managed through their life, replaced, and removed when no longer needed."),
         tr("API keys are held in an inventory with a rotation interval each. Rotations replace a key only after the "
            "new one is seen in use and revoke the old one; keys past their interval are listed below."),
         {QStringLiteral("rotations"), QStringLiteral("revocations"), QStringLiteral("overdue")}},
        {QStringLiteral("SOC2-CC8.1"),
         tr("SOC 2 — CC8.1 Change management"),
         tr("Changes to infrastructure and software are authorized, documented, approved and implemented under "
            "control."),
         tr("Every key rotation is a recorded run with who started it and each step; notices to consumers are "
            "approved by someone other than their author before they are sent; overrides need a written reason."),
         {QStringLiteral("rotations"), QStringLiteral("approvals"), QStringLiteral("notices")}},
        {QStringLiteral("ISO27001-A.5.17"),
         tr("ISO/IEC 27001:2022 — A.5.17 Authentication information"),
         tr("Allocation and management of authentication information is controlled by a management process, "
            "including telling the people who hold it how to handle it."),
         tr("Keys are issued, rotated and revoked through Keyturn; consumers holding a key are sent approved notices "
            "telling them what changes and by when."),
         {QStringLiteral("rotations"), QStringLiteral("notices"), QStringLiteral("approvals"),
          QStringLiteral("revocations"), QStringLiteral("overdue")}},
        {QStringLiteral("PCI-DSS-3.6-8.3"),
         tr("PCI DSS — 3.6 Key management and 8.3 Authentication factors"),
         tr("Cryptographic keys and authentication factors are managed by documented procedures: changed at the end of "
            "their cryptoperiod, retired or replaced when weakened, and revoked when no longer valid."),
         tr("Each key has a rotation interval (its cryptoperiod); rotations record the old and new key fingerprints "
            "(never the key), the old key is revoked, and keys past their interval are listed below."),
         {QStringLiteral("rotations"), QStringLiteral("revocations"), QStringLiteral("overdue"),
          QStringLiteral("approvals")}},
    };
}

QString header(const EvidencePackRequest &request, const AuditVerification &v, qint64 events)
{
    QString out = tr("Period: %1 to %2 (the end excluded). Events in the period: %3 (see `%4`).\n\n")
                      .arg(day(request.since), day(request.until))
                      .arg(events)
                      .arg(kCsv);
    out += v.intact ? tr("Audit chain: **intact** — %1 events checked, head #%2 `%3` (see `%4`).\n\n")
                          .arg(v.eventsChecked)
                          .arg(v.headId)
                          .arg(QString::fromLatin1(v.headHash), kVerification)
                    : tr("Audit chain: **NOT INTACT** — %1 (see `%2`). The tables below come from a log that was "
                         "tampered with.\n\n")
                          .arg(v.problem, kVerification);
    return out;
}

QByteArray readme(const EvidencePackRequest &request, const AuditVerification &v, const EvidencePackResult &r,
                  const QString &actor, const QDateTime &now)
{
    QString out = tr("# Keyturn evidence pack\n\n");
    out += tr("Written %1 by %2 for the period %3 to %4 (UTC; the end excluded).\n\n")
               .arg(day(now), actor, isoUtc(request.since), isoUtc(request.until));
    if (!v.intact)
        out += tr("**Warning: the audit chain is NOT intact: %1**\n\n").arg(v.problem);
    out += tr("## Files\n\n");
    out += tr("- `%1`, `%2` — every audit event of the period (%3 events), oldest first. Each row holds the event's "
              "id, time, actor, action, target, key version, old and new key fingerprints, details, the hash of the "
              "event before it (`prev_hash`) and its own `hash`. The last line is the chain head when the pack was "
              "written (`# head,<id>,<hash>` in the CSV, `{\"head_id\":…,\"head_hash\":…}` in the JSON Lines). The "
              "CSV is data (RFC 4180, UTF-8): import it with every column as text; values are verbatim, including "
              "any that start with `=`, `+`, `-` or `@`.\n")
               .arg(kCsv, kJsonl)
               .arg(r.events);
    for (const Control &c : controls())
        out += tr("- `summary-%1.md` — %2: what rotated and when, approvals, notices sent, revocations and "
                  "overdue keys, as this control asks.\n")
                   .arg(c.id, c.title);
    out += tr("- `%1` — the verification of the whole audit chain run for this pack: whether it is intact, how many "
              "events were checked, the head id and hash, and the first bad event if any.\n")
               .arg(kVerification);
    out += tr("- `%1` — SHA-256 of every other file.\n\n").arg(kManifest);
    out += tr("## How to check this pack\n\n");
    out += tr("1. `sha256sum -c %1` in this folder: every file is as written.\n").arg(kManifest);
    out += tr("2. `keyturnctl audit check-export %1`: recomputes each event's hash from its fields and checks that "
              "consecutive events link (each `prev_hash` is the `hash` of the event before).\n")
               .arg(kCsv);
    out += tr("3. Each event's hash is SHA-256 over its `prev_hash` (64 hex digits) followed by its canonical JSON: "
              "an object of the fields action, actor, at, details, id, key_version, new_fingerprint, "
              "old_fingerprint, target_id, target_type, keys in that (byte) order, no white space, strings with only "
              "`\"`, `\\` and control characters escaped (`\\n`, `\\r`, `\\t`, else `\\u00XX`), times as ISO 8601 UTC "
              "with milliseconds, key_version a number or null, details the stored JSON text verbatim. Anyone can "
              "recompute it without Keyturn.\n");
    out += tr("4. The head hash in `%1` (and at the end of the exports) identifies the whole log up to that event: "
              "compare it with the head hash of an earlier or later pack, or with `keyturnctl audit verify` on the "
              "live workspace, whose chain must pass through it. A log cut short and re-headed can only be detected "
              "that way, against a head recorded outside it.\n")
               .arg(kVerification);
    return out.toUtf8();
}
} // namespace

QStringList evidenceControls()
{
    QStringList out;
    for (const Control &c : controls())
        out << c.id;
    return out;
}

Result<EvidencePackResult> writeEvidencePack(WorkspaceStore &store, const EvidencePackRequest &request,
                                             const EvidenceProgress &progress)
{
    if (!request.since.isValid() || !request.until.isValid() || request.until <= request.since)
        return Error{tr("the period needs a start before its end; nothing was written")};
    if (request.folder.trimmed().isEmpty())
        return Error{tr("name a folder for the evidence pack; nothing was written")};
    const QFileInfo target(QDir::cleanPath(QDir::current().absoluteFilePath(request.folder)));
    if (target.exists() && !target.isDir())
        return Error{tr("%1 exists and is not a folder; nothing was written").arg(target.filePath())};
    if (target.isDir() && !QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error{
            tr("%1 exists and is not empty; name a new or empty folder (nothing was written)").arg(target.filePath())};
    if (!QDir().mkpath(target.absolutePath()))
        return Error{tr("cannot create the folder %1; nothing was written").arg(target.absolutePath())};
    // The pack is written under a hidden name beside the target (mkdir: the user's umask applies, as for any folder)
    // and renamed into place once whole; on any failure the partial folder goes away.
    TempFolder temp(target);
    if (!temp.isValid())
        return Error{tr("cannot create a folder in %1; nothing was written").arg(target.absolutePath())};
    auto cancelled = [] { return Error{tr("the evidence pack was cancelled; nothing was written")}; };
    auto stage = [&progress](const QString &name, qint64 done = 0, qint64 total = 0) {
        return !progress || progress(name, done, total);
    };

    EvidencePackResult result;
    result.folder = target.absoluteFilePath();
    Database &db = store.database();
    AuditLog &log = store.auditLog();

    if (!stage(QStringLiteral("verify")))
        return cancelled();
    auto verified =
        log.verify([&stage](qint64 done, qint64 total) { return stage(QStringLiteral("verify"), done, total); });
    if (!verified)
        return verified.error();
    if (verified->cancelled)
        return cancelled();
    result.verification = *verified;
    if (request.recordVerification) {
        auto recorded = log.recordVerification(*verified, store.actor());
        if (!recorded)
            return Error{tr("cannot record the verification: %1; nothing was written").arg(recorded.errorMessage())};
        result.verificationEventId = recorded->id;
    }

    AuditFilter period;
    period.since = request.since;
    period.until = request.until;
    for (const auto &[name, format] :
         {std::pair{kCsv, AuditExportFormat::Csv}, std::pair{kJsonl, AuditExportFormat::JsonLines}}) {
        if (!stage(QStringLiteral("export")))
            return cancelled();
        auto exported = exportAuditToFile(db, period, format, temp.filePath(name),
                                          [&stage](qint64 rows) { return stage(QStringLiteral("export"), rows, 0); });
        if (!exported)
            return Error{exported.errorMessage() + tr("; no evidence pack was written")};
        result.events = exported->rows;
        result.files << name;
    }

    if (!stage(QStringLiteral("summaries")))
        return cancelled();
    auto facts = gatherFacts(store, request);
    if (!facts)
        return facts.error();
    result.overdueKeys = int(facts->overdue.size());
    const QString intro = header(request, *verified, result.events);
    for (const Control &c : controls()) {
        QString md = QStringLiteral("# ") + c.title + QStringLiteral("\n\n");
        md += tr("**The control:** %1\n\n**How Keyturn evidences it:** %2\n\n").arg(c.requirement, c.howKeyturn);
        md += intro;
        for (const QString &s : c.sections) {
            if (s == QLatin1String("rotations"))
                md += rotationsSection(*facts);
            else if (s == QLatin1String("approvals"))
                md += approvalsSection(*facts);
            else if (s == QLatin1String("notices"))
                md += noticesSection(*facts);
            else if (s == QLatin1String("revocations"))
                md += revocationsSection(*facts);
            else if (s == QLatin1String("overdue"))
                md += overdueSection(*facts, request);
            md += QLatin1Char('\n');
        }
        const QString name = QStringLiteral("summary-%1.md").arg(c.id);
        if (auto w = writeText(temp.filePath(name), md.toUtf8()); !w)
            return w.error();
        result.files << name;
    }

    const AuditVerification &v = *verified;
    const QJsonObject verification{
        {QStringLiteral("intact"), v.intact},
        {QStringLiteral("events_checked"), double(v.eventsChecked)},
        {QStringLiteral("head_id"), double(v.headId)},
        {QStringLiteral("head_hash"), QString::fromLatin1(v.headHash)},
        {QStringLiteral("first_bad_event"), v.intact ? QJsonValue() : QJsonValue(double(v.firstBadId))},
        {QStringLiteral("problem"), v.intact ? QJsonValue() : QJsonValue(v.problem)},
        {QStringLiteral("verified_at"), isoUtc(store.clock().now())},
        {QStringLiteral("verified_by"), store.actor()},
        {QStringLiteral("recorded_event_id"),
         result.verificationEventId ? QJsonValue(double(result.verificationEventId)) : QJsonValue()},
        {QStringLiteral("period_since"), isoUtc(request.since)},
        {QStringLiteral("period_until"), isoUtc(request.until)},
        {QStringLiteral("period_events"), double(result.events)},
    };
    if (auto w = writeText(temp.filePath(kVerification), QJsonDocument(verification).toJson(QJsonDocument::Indented));
        !w)
        return w.error();
    result.files << kVerification;
    if (auto w = writeText(temp.filePath(kReadme), readme(request, v, result, store.actor(), store.clock().now())); !w)
        return w.error();
    result.files << kReadme;

    if (!stage(QStringLiteral("manifest")))
        return cancelled();
    QStringList sorted = result.files;
    std::sort(sorted.begin(), sorted.end());
    QByteArray manifest;
    for (const QString &name : sorted) {
        auto hash = sha256File(temp.filePath(name));
        if (!hash)
            return hash.error();
        manifest += *hash + "  " + name.toUtf8() + '\n';
    }
    if (auto w = writeText(temp.filePath(kManifest), manifest); !w)
        return w.error();
    result.files << kManifest;

    if (target.isDir() && !QDir().rmdir(target.absoluteFilePath()))
        return Error{tr("cannot replace the empty folder %1; nothing was written").arg(target.absoluteFilePath())};
    if (!QDir().rename(temp.path(), target.absoluteFilePath()))
        return Error{tr("cannot move the evidence pack into %1; nothing was written").arg(target.absoluteFilePath())};
    temp.release();
    return result;
}

} // namespace keyturn
