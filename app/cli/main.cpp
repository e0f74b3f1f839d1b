#include "CliApp.h"
#include "core/domain/Clock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Keyturn"));
    QCoreApplication::setApplicationName(QStringLiteral("keyturn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYTURN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    keyturn::CliApp cli(out, err, keyturn::SystemClock::instance());
    return cli.run(app.arguments().mid(1));
}
