#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace keyturn;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyturn-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYTURN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local platform + vault + mail service for Keyturn's demo, tests and rotation rehearsals.\n"
                       "When ready it prints one JSON line: "
                       "{\"url\":...,\"admin_token\":...,\"vault_token\":...,\"mail_token\":...}"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption listen(QStringLiteral("listen"),
                              QStringLiteral("Address and port to serve on (port 0: any free one)."),
                              QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    parser.addOption(listen);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "keyturn-sandbox: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "keyturn-sandbox: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const QString spec = parser.value(listen);
    const int colon = spec.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? spec.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? spec.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        std::fprintf(stderr,
                     "keyturn-sandbox: --listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8200; "
                     "got '%s'\n",
                     qPrintable(spec));
        return 2;
    }
    if (!address.isLoopback())
        std::fprintf(stderr, "keyturn-sandbox: warning: %s is not a loopback address; the sandbox is for local use\n",
                     qPrintable(host));

    Sandbox sandbox;
    auto bound = sandbox.listen(address, quint16(port));
    if (!bound) {
        std::fprintf(stderr, "keyturn-sandbox: %s\n", qPrintable(bound.errorMessage()));
        return 1;
    }
    std::printf("%s\n", sandbox.readyLine().constData());
    std::fflush(stdout);
    return app.exec();
}
