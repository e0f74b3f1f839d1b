// Inventory at scale: builds a workspace of N credentials (default 100,000) through the store, then times what a
// person waits for: loading the inventory, the model's reload, a filter keystroke, a sort, and audit verification
// of the log the build wrote. Baselines in the same run: the sqlite3 shell scanning the same rows, and sha256sum
// over the same canonical bytes the chain hashes. Prints figures and a last line of JSON. Not a test: no asserts.
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/domain/Fingerprint.h"
#include "core/models/InventoryModel.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace keyturn;

namespace {
double ms(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double timeCommand(const QString &program, const QStringList &args, const QString &input = {})
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input.toUtf8());
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return ms(t);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.keyturn"));
    ManualClock clock(QDateTime::currentDateTimeUtc().addDays(-200));
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    AuditLog audit(**db, clock);
    WorkspaceStore store(**db, audit, clock, QStringLiteral("bench"));

    const QStringList providers = {QStringLiteral("Stripe"),  QStringLiteral("SendGrid"),
                                   QStringLiteral("Twilio"),  QStringLiteral("Internal API Gateway"),
                                   QStringLiteral("Datadog"), QStringLiteral("Platform API")};
    const QStringList environments = {QStringLiteral("production"), QStringLiteral("staging"),
                                      QStringLiteral("development")};
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(**db);
        for (int i = 0; i < n; ++i) {
            Credential c;
            c.name = QStringLiteral("key-%1").arg(i, 6, 10, QLatin1Char('0'));
            c.provider = providers.at(i % providers.size());
            c.environment = environments.at(i % environments.size());
            c.owner = QStringLiteral("team-%1").arg(i % 40);
            c.usedBy = {QStringLiteral("service-%1").arg(i % 500)};
            c.vaultPath = QStringLiteral("secret/%1/%2").arg(c.environment, c.name);
            c.rotationIntervalDays = (i % 3 == 0) ? 7 : (i % 3 == 1 ? 30 : 90);
            clock.set(QDateTime::currentDateTimeUtc().addSecs(-qint64(i % 180) * 86400 - i));
            auto id = store.createCredential(c);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
                return 1;
            }
            KeyVersion k;
            k.credentialId = *id;
            k.providerKeyId = QStringLiteral("key_%1").arg(i);
            k.fingerprint = fingerprintOf(QByteArray::number(i));
            k.prefix = QStringLiteral("sk_%1").arg(i % 10000);
            k.state = KeyState::Current;
            k.lastUsedAt = clock.now().addSecs(3600 * (i % 50));
            if (auto r = store.addKeyVersion(k); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
                return 1;
            }
        }
        if (auto r = tx.commit(); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
            return 1;
        }
    }
    const double buildMs = ms(t);
    clock.set(QDateTime::currentDateTimeUtc());

    t.restart();
    auto rows = store.inventory();
    const double loadMs = ms(t);
    InventoryModel model(store, clock);
    t.restart();
    model.reload();
    const double reloadMs = ms(t);
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    // a person typing "stri": one filter pass per keystroke
    double keystrokeMs = 0;
    QString typed;
    for (const QChar ch : QStringLiteral("stri")) {
        typed += ch;
        t.restart();
        filter.setText(typed);
        (void)filter.rowCount();
        keystrokeMs = std::max(keystrokeMs, ms(t));
    }
    filter.setText({});
    t.restart();
    filter.sort(InventoryModel::AgeDays);
    const double sortMs = ms(t);

    t.restart();
    auto verified = audit.verify();
    const double verifyMs = ms(t);
    const qint64 events = verified ? verified->eventsChecked : 0;

    // baselines over the same rows and the same bytes
    const QString scanSql =
        QStringLiteral("SELECT c.*, kv.fingerprint, kv.last_used_at FROM credentials c LEFT JOIN key_versions kv"
                       " ON kv.credential_id = c.id AND kv.state = 'current';");
    const double sqliteMs = timeCommand(QStringLiteral("sqlite3"), {path, scanSql});
    QFile canonical(dir.filePath(QStringLiteral("canonical.bin")));
    if (canonical.open(QIODevice::WriteOnly)) {
        auto all = audit.events(0, int(events) + 1);
        if (all) {
            for (const AuditEvent &e : *all)
                canonical.write(e.prevHash + canonicalJson(e));
        }
        canonical.close();
    }
    const double sha256sumMs = timeCommand(QStringLiteral("sha256sum"), {canonical.fileName()});

    std::printf("credentials             %d\n", n);
    std::printf("build (store, audited)  %.0f ms\n", buildMs);
    std::printf("inventory load          %.1f ms  (%lld rows)\n", loadMs, rows ? qint64(rows->size()) : 0LL);
    std::printf("model reload            %.1f ms  (budget: main window under 1 s)\n", reloadMs);
    std::printf("filter keystroke (max)  %.2f ms  (budget: under 16 ms)\n", keystrokeMs);
    std::printf("sort by age             %.1f ms\n", sortMs);
    std::printf("audit verify            %.1f ms  (%lld events)\n", verifyMs, events);
    std::printf("baseline sqlite3 scan   %.1f ms\n", sqliteMs);
    std::printf("baseline sha256sum      %.1f ms  (%lld bytes)\n", sha256sumMs, canonical.size());
    const QJsonObject json{{QStringLiteral("credentials"), n},
                           {QStringLiteral("load_ms"), loadMs},
                           {QStringLiteral("reload_ms"), reloadMs},
                           {QStringLiteral("keystroke_ms"), keystrokeMs},
                           {QStringLiteral("sort_ms"), sortMs},
                           {QStringLiteral("verify_ms"), verifyMs},
                           {QStringLiteral("audit_events"), double(events)},
                           {QStringLiteral("sqlite3_scan_ms"), sqliteMs},
                           {QStringLiteral("sha256sum_ms"), sha256sumMs}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
