// A second client for the team-mode concurrency tests: `keyturn-team-worker append LOCATION COUNT` opens the workspace
// and appends COUNT audit events, each in a transaction of its own, as another engineer's client would while others
// do the same. Exit 0 when every append committed.
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/store/Database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace keyturn;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool ok = false;
    const int count = args.value(2).toInt(&ok);
    if (args.size() != 3 || args.at(0) != QLatin1String("append") || !ok || count < 0) {
        std::fprintf(stderr, "usage: keyturn-team-worker append LOCATION COUNT\n");
        return 2;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(args.at(1), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    AuditLog log(**db, SystemClock::instance());
    const QString actor = (*db)->serverUser().isEmpty() ? QStringLiteral("worker") : (*db)->serverUser();
    for (int i = 0; i < count; ++i) {
        Transaction tx(**db);
        AuditEvent e;
        e.actor = actor;
        e.action = QStringLiteral("test.concurrent_append");
        e.targetType = QStringLiteral("worker");
        e.targetId = QString::number(QCoreApplication::applicationPid()) + QLatin1Char('/') + QString::number(i);
        if (auto r = log.append(e); !r) {
            std::fprintf(stderr, "append %d: %s\n", i, qPrintable(r.errorMessage()));
            return 1;
        }
        if (auto r = tx.commit(); !r) {
            std::fprintf(stderr, "commit %d: %s\n", i, qPrintable(r.errorMessage()));
            return 1;
        }
    }
    return 0;
}
