#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace keyturn;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn-sandbox", text);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "keyturn-sandbox: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyturn-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYTURN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local platform + vault + mail service for Keyturn's demo, tests and rotation rehearsals.\n"
           "When ready it prints one JSON line: "
           "{\"url\":...,\"admin_token\":...,\"vault_token\":...,\"mail_token\":...}"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption listen(QStringLiteral("listen"), tr("Address and port to serve on (port 0: any free one)."),
                              QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    QCommandLineOption world(QStringLiteral("world"),
                             tr("What the sandbox holds: empty (nothing) or demo (200 consumers with issued keys, "
                                "held keys at simulated providers and in the vault, and traffic)."),
                             QStringLiteral("empty|demo"), QStringLiteral("empty"));
    QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the demo world, the traffic and the fault error rate."),
                            QStringLiteral("N"), QStringLiteral("42"));
    QCommandLineOption tickMs(QStringLiteral("tick-ms"),
                              tr("Milliseconds between two steps of the traffic simulator; 0 runs it only on "
                                 "POST /_sandbox/tick."),
                              QStringLiteral("MS"), QStringLiteral("1000"));
    parser.addOptions({listen, world, seed, tickMs});
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const QString spec = parser.value(listen);
    const int colon = spec.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? spec.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? spec.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        return usageError(
            tr("--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8200; got '%1'").arg(spec));
    if (!address.isLoopback())
        std::fprintf(stderr, "keyturn-sandbox: %s\n",
                     qPrintable(tr("warning: %1 is not a loopback address; the sandbox is for local use").arg(host)));

    SandboxOptions options;
    const auto worldKind = SandboxOptions::worldFromName(parser.value(world));
    if (!worldKind)
        return usageError(tr("--world wants empty or demo; got '%1'").arg(parser.value(world)));
    options.world = *worldKind;
    bool seedOk = false;
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return usageError(tr("--seed wants a whole number from 0 to 4294967295; got '%1'").arg(parser.value(seed)));
    bool tickOk = false;
    options.tickMs = parser.value(tickMs).toInt(&tickOk);
    if (!tickOk || options.tickMs < 0 || options.tickMs > 24 * 3600 * 1000)
        return usageError(tr("--tick-ms wants milliseconds from 0 to 86400000; got '%1'").arg(parser.value(tickMs)));

    Sandbox sandbox(options);
    auto bound = sandbox.listen(address, quint16(port));
    if (!bound) {
        std::fprintf(stderr, "keyturn-sandbox: %s\n", qPrintable(bound.errorMessage()));
        return 1;
    }
    std::printf("%s\n", sandbox.readyLine().constData());
    std::fflush(stdout);
    return app.exec();
}
