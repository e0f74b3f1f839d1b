// The audit log at scale: builds a workspace with N audit events (default 1,000,000: 10,000 keys, 50,000 rotation
// runs, a realistic mix of rotation, notice, key and alert events over 230 days) by inserting rows straight into the
// table in one transaction, computing the hash chain as AuditLog would. Then times what an auditor waits for: the
// first page and pages deep in the log, each filter kind (median of several runs), a full chain verification, and a
// CSV export; and as baselines in the same run, /usr/bin/sha256sum over the exported bytes and /usr/bin/sqlite3 -csv
// exporting the same rows. Prints figures, then a last line of JSON. Not a test: no asserts.
//
//   BenchAudit [N] [workspace-file] [--verify-only]
//   (the workspace is built once and reused while it holds N events)
#include "core/audit/AuditExport.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditQuery.h"
#include "core/domain/Clock.h"
#include "core/domain/Fingerprint.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>

using namespace keyturn;

namespace {
constexpr int kKeys = 10000;
constexpr int kRuns = 50000;
constexpr int kActors = 40;
constexpr qint64 kStepMs = 20000; // one event every 20 s

const QDateTime kStart(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double rssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// xorshift: the same log for the same N on every machine.
struct Random
{
    quint64 s = 0x9E3779B97F4A7C15ULL;
    quint64 next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    int below(int n) { return int(next() % quint64(n)); }
};

QString fingerprint(quint64 seed)
{
    return QStringLiteral("sha256:%1").arg(seed * 0x9E3779B97F4A7C15ULL, 16, 16, QLatin1Char('0'));
}

QString keyName(int i)
{
    return QStringLiteral("bench-key-%1").arg(i, 5, 10, QLatin1Char('0'));
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

/// Fills an empty workspace with N events, straight into the tables in one transaction.
Result<void> build(Database &db, qint64 n)
{
    sqlite3 *h = db.sqliteHandle();
    if (!h)
        return Error{QStringLiteral("the benchmark needs a SQLite workspace")};
    if (auto r = db.begin(); !r)
        return r;
    auto fail = [&db](const QString &what) {
        db.rollback();
        return Error{what};
    };
    const qint64 t0 = kStart.toMSecsSinceEpoch();
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h,
                           "INSERT INTO credentials (id, name, kind, provider, environment, owner,"
                           " rotation_interval_days, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                           -1, &st, nullptr);
        for (int i = 1; i <= kKeys; ++i) {
            const QByteArray name = keyName(i).toUtf8();
            const QByteArray owner = QStringLiteral("team-%1").arg(i % 40).toUtf8();
            sqlite3_bind_int64(st, 1, i);
            sqlite3_bind_text(st, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 3, i % 5 ? "held" : "issued", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 4, i % 3 ? "Stripe" : "SendGrid", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 5, i % 2 ? "production" : "staging", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 6, owner.constData(), int(owner.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(st, 7, 90);
            sqlite3_bind_int64(st, 8, t0);
            sqlite3_bind_int64(st, 9, t0);
            if (!check(sqlite3_step(st), h, "credentials"))
                return fail(QStringLiteral("cannot insert credentials"));
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqlite3_prepare_v2(h,
                           "INSERT INTO rotation_runs (id, credential_id, kind, state, started_by, created_at,"
                           " updated_at) VALUES (?,?,'scheduled','completed','scheduler',?,?)",
                           -1, &st, nullptr);
        for (int r = 1; r <= kRuns; ++r) {
            sqlite3_bind_int64(st, 1, r);
            sqlite3_bind_int64(st, 2, (r % kKeys) + 1);
            sqlite3_bind_int64(st, 3, t0);
            sqlite3_bind_int64(st, 4, t0);
            if (!check(sqlite3_step(st), h, "runs"))
                return fail(QStringLiteral("cannot insert runs"));
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    }

    static const char *const kStates[] = {"planned",      "prechecked", "new_key_created", "staged_in_vault",
                                          "grace_period", "verified",   "old_key_revoked", "completed"};
    static const char *const kSteps[] = {"precheck",   "create_key",   "stage_in_vault",
                                         "wait_grace", "verify_usage", "revoke_old"};
    static const char *const kNotice[] = {"drafted", "approved", "sending", "sent", "rejected"};
    QStringList actors;
    for (int i = 0; i < kActors; ++i)
        actors << QStringLiteral("user-%1").arg(i, 2, 10, QLatin1Char('0'));

    sqlite3_stmt *ins = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO audit_events (id, at, actor, action, target_type, target_id, key_version,"
                       " old_fingerprint, new_fingerprint, details, prev_hash, hash)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &ins, nullptr);
    Random rnd;
    QByteArray prev = genesisHash();
    std::string canonical;
    for (qint64 id = 1; id <= n; ++id) {
        const int kind = rnd.below(100);
        const int run = rnd.below(kRuns) + 1;
        const int key = (run % kKeys) + 1;
        QString actor = rnd.below(10) < 3 ? QStringLiteral("scheduler") : actors.at(rnd.below(kActors));
        QString action, targetType, targetId, oldFp, newFp;
        std::optional<int> version;
        QString details;
        if (kind < 30) {
            action = QStringLiteral("rotation.step");
            targetType = QStringLiteral("run");
            targetId = QString::number(run);
            const bool error = rnd.below(100) == 0;
            details = QStringLiteral("{\"detail\":\"%1\",\"state\":\"%2\",\"step\":\"%3\"}")
                          .arg(error ? QStringLiteral("timeout contacting vault after 30 s")
                                     : QStringLiteral("ok in %1 ms").arg(rnd.below(900) + 20),
                               error ? QStringLiteral("failed") : QStringLiteral("done"),
                               QLatin1String(kSteps[rnd.below(6)]));
        } else if (kind < 55) {
            const char *state = kStates[rnd.below(8)];
            action = QStringLiteral("rotation.") + QLatin1String(state);
            targetType = QStringLiteral("run");
            targetId = QString::number(run);
            if (qstrcmp(state, "new_key_created") == 0 || qstrcmp(state, "old_key_revoked") == 0 ||
                qstrcmp(state, "completed") == 0) {
                version = run / kKeys + 2;
                oldFp = fingerprint(quint64(run) * 2);
                newFp = fingerprint(quint64(run) * 2 + 1);
            }
            details = QStringLiteral("{\"from\":\"grace_period\",\"to\":\"%1\"}").arg(QLatin1String(state));
        } else if (kind < 70) {
            const char *what = kNotice[rnd.below(5)];
            action = QStringLiteral("notice.") + QLatin1String(what);
            targetType = QStringLiteral("notice");
            targetId = QString::number(rnd.below(200000) + 1);
            details = QStringLiteral("{\"consumer\":\"consumer-%1\",\"from_state\":\"pending\",\"to_state\":\"%2\"}")
                          .arg(rnd.below(5000))
                          .arg(QLatin1String(what));
        } else if (kind < 80) {
            const bool revoke = rnd.below(4) == 0;
            action = revoke ? QStringLiteral("key_version.revoked") : QStringLiteral("key_version.added");
            targetType = QStringLiteral("credential");
            targetId = QString::number(key);
            version = rnd.below(6) + 1;
            oldFp = fingerprint(quint64(key) * 100 + quint64(*version));
            if (!revoke)
                newFp = fingerprint(quint64(key) * 100 + quint64(*version) + 1);
            details = QStringLiteral("{\"prefix\":\"sk_live_%1\",\"state\":\"current\"}").arg(key);
        } else if (kind < 90) {
            action = rnd.below(2) ? QStringLiteral("alert.raised") : QStringLiteral("alert.resolved");
            targetType = QStringLiteral("alert");
            targetId = QString::number(rnd.below(100000) + 1);
            details = QStringLiteral("{\"credential_id\":%1,\"kind\":\"key_age\",\"severity\":\"warning\"}").arg(key);
        } else if (kind < 96) {
            action = QStringLiteral("credential.updated");
            targetType = QStringLiteral("credential");
            targetId = QString::number(key);
            details = QStringLiteral("{\"changed\":[\"owner\"],\"owner\":\"team-%1\"}").arg(rnd.below(40));
        } else {
            action = rnd.below(2) ? QStringLiteral("consumer.updated") : QStringLiteral("inventory.imported");
            targetType =
                action.startsWith(QLatin1String("consumer")) ? QStringLiteral("consumer") : QStringLiteral("workspace");
            targetId = QString::number(rnd.below(5000) + 1);
            details = QStringLiteral("{\"source\":\"inventory.yaml\",\"rows\":%1}").arg(rnd.below(500));
        }
        const QByteArray a = actor.toUtf8(), ac = action.toUtf8(), tt = targetType.toUtf8(), ti = targetId.toUtf8(),
                         of = oldFp.toUtf8(), nf = newFp.toUtf8(), de = details.toUtf8();
        AuditEventView v;
        v.id = id;
        v.atMs = t0 + id * kStepMs;
        v.actor = a;
        v.action = ac;
        v.targetType = tt;
        v.targetId = ti;
        v.hasKeyVersion = version.has_value();
        v.keyVersion = version.value_or(0);
        v.oldFingerprint = of;
        v.newFingerprint = nf;
        v.details = de;
        canonical.assign(prev.constData(), size_t(prev.size()));
        appendCanonicalJson(canonical, v);
        const QByteArray hash = sha256Hex(QByteArray::fromRawData(canonical.data(), qsizetype(canonical.size())));
        sqlite3_bind_int64(ins, 1, id);
        sqlite3_bind_int64(ins, 2, v.atMs);
        sqlite3_bind_text(ins, 3, a.constData(), int(a.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 4, ac.constData(), int(ac.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, tt.constData(), int(tt.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 6, ti.constData(), int(ti.size()), SQLITE_STATIC);
        if (version)
            sqlite3_bind_int(ins, 7, *version);
        else
            sqlite3_bind_null(ins, 7);
        sqlite3_bind_text(ins, 8, of.constData(), int(of.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 9, nf.constData(), int(nf.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 10, de.constData(), int(de.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 11, prev.constData(), int(prev.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 12, hash.constData(), int(hash.size()), SQLITE_STATIC);
        if (!check(sqlite3_step(ins), h, "audit_events")) {
            sqlite3_finalize(ins);
            return fail(QStringLiteral("cannot insert events"));
        }
        sqlite3_reset(ins);
        prev = hash;
        if (id % 100000 == 0)
            std::fprintf(stderr, "  %lld events\n", id);
    }
    sqlite3_finalize(ins);
    QSqlQuery head = db.query();
    head.prepare(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"));
    head.addBindValue(n);
    head.addBindValue(QString::fromLatin1(prev));
    if (auto r = Database::exec(head); !r)
        return fail(r.errorMessage());
    return db.commit();
}

/// Median of `runs` timings of `f`.
double median(int runs, const std::function<void()> &f)
{
    QList<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t << ms(timer);
    }
    std::sort(t.begin(), t.end());
    return t.size() % 2 ? t.at(t.size() / 2) : (t.at(t.size() / 2 - 1) + t.at(t.size() / 2)) / 2;
}

double runProcess(const QString &program, const QStringList &args, const QString &stdoutFile, QByteArray *out)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    const double elapsed = ms(t);
    if (out)
        *out = p.readAllStandardOutput();
    return elapsed;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments();
    // --verify-only: just the chain verification, three times (for profiling it)
    const bool verifyOnly = args.removeAll(QStringLiteral("--verify-only")) > 0;
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir tmp;
    const QString path = args.size() > 2 ? args.at(2) : tmp.filePath(QStringLiteral("bench-audit.keyturn"));
    if (n < 1000) {
        std::fprintf(stderr, "N must be at least 1000\n");
        return 2;
    }

    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Database &db = **opened;
    ManualClock clock(kStart.addMSecs((n + 1) * kStepMs));
    AuditLog log(db, clock);
    qint64 existing = *log.count();
    double buildMs = -1;
    if (existing == 0) {
        QElapsedTimer t;
        t.start();
        if (auto r = build(db, n); !r) {
            std::fprintf(stderr, "build failed: %s\n", qPrintable(r.errorMessage()));
            return 1;
        }
        buildMs = ms(t);
    } else if (existing != n) {
        std::fprintf(stderr, "%s holds %lld events, not %lld: remove it or name another file\n", qPrintable(path),
                     existing, n);
        return 1;
    }
    const qint64 dbBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    if (verifyOnly) {
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            auto v = log.verify();
            std::printf("verify %.0f ms (%s)\n", ms(t), v && v->intact ? "intact" : "NOT intact");
        }
        return 0;
    }

    AuditQuery query(db);
    const int runs = 7;
    double pageWorst = 0, filterWorst = 0;
    QString pageWorstName, filterWorstName;
    auto report = [](const char *name, double t, const QString &note) {
        std::printf("  %-44s %8.2f ms  %s\n", name, t, qPrintable(note));
    };
    auto timePage = [&](const char *name, const AuditFilter &f, AuditOrder order, qint64 after, bool isFilter) {
        AuditPage last;
        const double t = median(runs, [&] { last = *query.page(f, order, after, 100); });
        report(name, t,
               QStringLiteral("%1 rows%2")
                   .arg(last.events.size())
                   .arg(last.scanCutOff ? QStringLiteral(", scan cut off") : QString()));
        double &worst = isFilter ? filterWorst : pageWorst;
        QString &worstName = isFilter ? filterWorstName : pageWorstName;
        if (t > worst) {
            worst = t;
            worstName = QLatin1String(name);
        }
        return last;
    };

    std::printf("audit events                 %lld\n", n);
    if (buildMs >= 0)
        std::printf("build                        %.0f ms  (rows inserted directly, one transaction)\n", buildMs);
    else
        std::printf("build                        reused %s\n", qPrintable(path));
    std::printf("workspace size               %.0f MB\n", double(dbBytes) / 1e6);
    // warm the page cache the way a running application has it
    (void)query.page({}, AuditOrder::NewestFirst, 0, 100);

    std::printf("pages (100 rows, median of %d):\n", runs);
    const AuditFilter all;
    timePage("first page, newest first", all, AuditOrder::NewestFirst, 0, false);
    timePage("page after #500,000 (deep), newest first", all, AuditOrder::NewestFirst, n / 2, false);
    timePage("page after #10 (deepest), oldest first", all, AuditOrder::OldestFirst, 10, false);
    timePage("last page, newest first (after #101)", all, AuditOrder::NewestFirst, 101, false);
    {
        const double t = median(runs, [&] { (void)*query.pageAround(all, n / 3, 100); });
        report("page around #333,333 (jump to event)", t, QString());
        if (t > pageWorst) {
            pageWorst = t;
            pageWorstName = QStringLiteral("page around");
        }
    }

    std::printf("filters (first page of 100, median of %d):\n", runs);
    AuditFilter f;
    f.actions = {QStringLiteral("notice.approved")};
    timePage("type notice.approved", f, AuditOrder::NewestFirst, 0, true);
    timePage("type notice.approved, deep (after #500,000)", f, AuditOrder::NewestFirst, n / 2, true);
    f.actions = {QStringLiteral("rotation.")};
    timePage("type rotation. (9 actions merged)", f, AuditOrder::NewestFirst, 0, true);
    f = {};
    f.actor = QStringLiteral("user-07");
    timePage("actor user-07", f, AuditOrder::NewestFirst, 0, true);
    f = {};
    f.key = keyName(4242);
    timePage("key bench-key-04242 (credential, 5 runs)", f, AuditOrder::NewestFirst, 0, true);
    f.keyVersion = 2;
    timePage("key + key version 2", f, AuditOrder::NewestFirst, 0, true);
    f = {};
    f.keyVersion = 3;
    timePage("key version 3", f, AuditOrder::NewestFirst, 0, true);
    f = {};
    const QDateTime mid = kStart.addMSecs(n / 2 * kStepMs);
    f.since = mid;
    f.until = mid.addDays(7);
    timePage("date range: one week in the middle", f, AuditOrder::NewestFirst, 0, true);
    f.actions = {QStringLiteral("rotation.completed")};
    timePage("date range + type rotation.completed", f, AuditOrder::NewestFirst, 0, true);
    f = {};
    f.actor = QStringLiteral("user-07");
    f.actions = {QStringLiteral("key_version.revoked")};
    timePage("actor + type (combined, 2 indexes)", f, AuditOrder::NewestFirst, 0, true);
    f = {};
    f.text = QStringLiteral("timeout");
    timePage("free text \"timeout\" (0.3% of events)", f, AuditOrder::NewestFirst, 0, true);
    f.text = QStringLiteral("sha256:00000000");
    timePage("free text, rare (bounded scan)", f, AuditOrder::NewestFirst, 0, true);
    f.text = QStringLiteral("zz-not-there");
    timePage("free text, absent (bounded scan)", f, AuditOrder::NewestFirst, 0, true);

    std::printf("counts (median of %d):\n", runs);
    {
        AuditCount c;
        double t = median(runs, [&] { c = *query.count({}); });
        report("count, unfiltered (exact)", t, QString::number(c.value));
        AuditFilter a;
        a.actions = {QStringLiteral("notice.approved")};
        t = median(runs, [&] { c = *query.count(a); });
        report("count, type notice.approved (cap 10,000)", t,
               QStringLiteral("%1%2").arg(c.value).arg(c.exact ? QString() : QStringLiteral("+")));
        a = {};
        a.key = keyName(4242);
        t = median(runs, [&] { c = *query.count(a); });
        report("count, key", t, QStringLiteral("%1%2").arg(c.value).arg(c.exact ? QString() : QStringLiteral("+")));
    }

    QElapsedTimer t;
    t.start();
    auto verified = log.verify();
    const double verifyMs = ms(t);
    if (!verified || !verified->intact) {
        std::fprintf(stderr, "verification failed: %s\n",
                     qPrintable(verified ? verified->problem : verified.errorMessage()));
        return 1;
    }
    std::printf("verify                       %.0f ms  (%lld events, %s)\n", verifyMs, verified->eventsChecked,
                verified->intact ? "intact" : "broken");

    const QString csv = tmp.filePath(QStringLiteral("audit.csv"));
    t.restart();
    auto exported = exportAuditToFile(db, {}, AuditExportFormat::Csv, csv);
    const double exportMs = ms(t);
    if (!exported) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(exported.errorMessage()));
        return 1;
    }
    std::printf("export CSV                   %.0f ms  (%lld rows, %.0f MB)\n", exportMs, exported->rows,
                double(exported->bytes) / 1e6);
    const QString jsonl = tmp.filePath(QStringLiteral("audit.jsonl"));
    t.restart();
    auto exportedJson = exportAuditToFile(db, {}, AuditExportFormat::JsonLines, jsonl);
    std::printf("export JSON Lines            %.0f ms  (%.0f MB)\n", ms(t),
                exportedJson ? double(exportedJson->bytes) / 1e6 : -1.0);
    t.restart();
    auto checked = checkAuditExport(csv);
    std::printf("check-export (CSV)           %.0f ms  (%s)\n", ms(t),
                checked && checked->ok && checked->completeChain ? "whole chain holds" : "FAILED");

    QByteArray sumOut;
    const double sha256sumMs = runProcess(QStringLiteral("/usr/bin/sha256sum"), {csv}, QString(), &sumOut);
    std::printf("sha256sum (baseline)         %.0f ms  (over the %.0f MB CSV)\n", sha256sumMs,
                double(exported->bytes) / 1e6);
    const QString sqliteCsv = tmp.filePath(QStringLiteral("sqlite3.csv"));
    const double sqliteMs =
        runProcess(QStringLiteral("/usr/bin/sqlite3"),
                   {QStringLiteral("-csv"), QStringLiteral("-readonly"), path,
                    QStringLiteral("SELECT id, at, actor, action, target_type, target_id, key_version, old_fingerprint,"
                                   " new_fingerprint, details, prev_hash, hash FROM audit_events ORDER BY id")},
                   sqliteCsv, nullptr);
    std::printf("sqlite3 -csv (baseline)      %.0f ms  (same rows, %.0f MB)\n", sqliteMs,
                double(QFileInfo(sqliteCsv).size()) / 1e6);

    // The hash engines over the same bytes in memory (verification hashes ~ this much: prev_hash + canonical JSON).
    {
        QFile file(csv);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            t.restart();
            const QByteArray openssl = sha256Hex(bytes);
            const double opensslMs = ms(t);
            t.restart();
            const QByteArray qt = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
            const double qtMs = ms(t);
            std::printf("SHA-256 in memory            OpenSSL %.0f ms, QCryptographicHash %.0f ms (%s)\n", opensslMs,
                        qtMs, openssl == qt && sumOut.startsWith(openssl) ? "same digest as sha256sum" : "DIFFER");
        }
    }
    std::printf("RSS                          %.0f MB\n", rssMegabytes());
    std::printf("worst page: %s; worst filter: %s\n", qPrintable(pageWorstName), qPrintable(filterWorstName));
    std::printf("{\"events\":%lld,\"page_ms\":%.2f,\"filter_ms\":%.2f,\"verify_ms\":%.0f,\"sha256sum_ms\":%.0f,"
                "\"export_ms\":%.0f,\"sqlite3_csv_ms\":%.0f}\n",
                n, pageWorst, filterWorst, verifyMs, sha256sumMs, exportMs, sqliteMs);
    return 0;
}
