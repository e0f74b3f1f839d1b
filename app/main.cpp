// keyturn: the GUI entry point. It parses the command line, opens (or builds the demo) workspace and shows the
// main window; everything else lives in keyturn_core and keyturn_ui.
#include "ConnectTeamDialog.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "Screenshot.h"
#include "Translations.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/domain/Clock.h"
#include "core/models/InventoryModel.h"
#include "core/net/ConnectionProfile.h"
#include "core/net/Connections.h"
#include "core/net/PlatformAdminClient.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/ProviderSync.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace keyturn;

namespace {
/// A screenshot, the help and the version need no display.
bool needsNoDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
        for (const char *option : {"--help", "-h", "--help-all", "-?", "--version", "-v"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

int fail(const QString &message, bool interactive)
{
    std::fprintf(stderr, "keyturn: %s\n", qPrintable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QObject::tr("Keyturn"), message);
    return 1;
}

/// The demo's services: an in-process keyturn-sandbox on an ephemeral loopback port. Its throwaway tokens go into
/// this process's environment only, where the TokenStore finds them as it would KEYTURN_*_TOKEN set by a user.
Result<Sandbox *> startDemoServices(quint32 seed, QObject *parent)
{
    SandboxOptions options;
    options.world = SandboxOptions::World::Demo;
    options.seed = seed;
    auto *sandbox = new Sandbox(options, parent);
    auto port = sandbox->listen(QHostAddress::LocalHost, 0);
    if (!port)
        return port.error();
    qputenv("KEYTURN_PLATFORM_TOKEN", sandbox->adminToken().reveal());
    qputenv("KEYTURN_VAULT_TOKEN", sandbox->vaultToken().reveal());
    qputenv("KEYTURN_MAIL_TOKEN", sandbox->mailToken().reveal());
    return sandbox;
}

/// Points the demo workspace at the sandbox, syncs consumers, issued keys and usage from it through the same network
/// layer a real platform is reached with, then opens the demo's live campaign on the synced keys. A campaign that
/// cannot be opened is reported but leaves the demo usable.
void prepareDemo(Workspace &workspace, Sandbox &sandbox, std::function<void(Result<void>)> done)
{
    ConnectionProfile profile;
    profile.platformUrl = QUrl(sandbox.url());
    profile.vaultUrl = QUrl(sandbox.url());
    profile.mailTransport = QStringLiteral("mail-api");
    profile.mailApiUrl = QUrl(sandbox.url());
    profile.fromAddress = QStringLiteral("security@keyturn.example");
    if (auto saved = workspace.saveProfile(profile); !saved)
        return done(saved.error());
    auto *connections = new Connections(profile, &workspace);
    connections->setToken(TokenKind::Platform, sandbox.adminToken());
    connections->setToken(TokenKind::Mail, sandbox.mailToken());
    auto *sync = new ProviderSync(workspace.store(), *connections->platform(), connections);
    sync->run([&workspace, connections, done](Result<SyncReport> report) {
        if (!report) {
            connections->deleteLater();
            return done(report.error());
        }
        DemoWorld::openDemoCampaign(workspace, *connections, [connections, done](Result<DemoCampaignSummary> opened) {
            connections->deleteLater();
            if (!opened)
                std::fprintf(stderr, "keyturn: the demo campaign was not opened: %s\n",
                             qPrintable(opened.errorMessage()));
            done({});
        });
    });
}
} // namespace

int main(int argc, char *argv[])
{
    // Render off-screen when no display is needed, unless one was asked for.
    if (needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Keyturn"));
    QApplication::setApplicationName(QStringLiteral("keyturn"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyturn"));
    QApplication::setApplicationVersion(QStringLiteral(KEYTURN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(KEYTURN_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyturn.svg")));

    translations::install(QLocale(), &app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Keyturn: rotate API keys without breaking the "
                                                                     "integrations that use them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Build a fresh demo workspace and open it."));
    const QCommandLineOption workspaceOpt(
        QStringLiteral("workspace"),
        QApplication::translate("main", "The workspace to open: a file, or a team workspace's address "
                                        "(postgresql://user@host:port/database)."),
        QStringLiteral("WORKSPACE"));
    const QCommandLineOption actorOpt(QStringLiteral("actor"),
                                      QApplication::translate("main", "Who acts (default: the OS user)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                           QApplication::translate("main", "Render a view to a PNG file and exit."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption viewOpt(
        QStringLiteral("view"),
        QApplication::translate("main", "The view to show: %1 (default: the view the window was closed on; "
                                        "dashboard for a screenshot).")
            .arg(MainWindow::viewNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("dashboard"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QApplication::translate("main", "Seed of the demo world (default 42)."),
                                     QStringLiteral("N"), QStringLiteral("42"));
    parser.addOptions({demo, workspaceOpt, actorOpt, screenshotOpt, viewOpt, seedOpt});
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOpt);
    const QString view = parser.value(viewOpt).toLower();
    if (!MainWindow::viewNames().contains(view)) {
        std::fprintf(stderr, "keyturn: unknown view '%s'; use one of: %s\n", qPrintable(view),
                     qPrintable(MainWindow::viewNames().join(QStringLiteral(", "))));
        return 2;
    }
    bool seedOk = false;
    const quint32 seed = parser.value(seedOpt).toUInt(&seedOk);
    if (!seedOk) {
        std::fprintf(stderr, "keyturn: --seed wants a whole number\n");
        return 2;
    }

    QString location = parser.value(workspaceOpt);
    const bool isDemo = parser.isSet(demo);
    Sandbox *sandbox = nullptr;
    if (isDemo) {
        if (location.isEmpty())
            location = Workspace::demoLocation();
        auto services = startDemoServices(seed, &app);
        if (!services)
            return fail(QObject::tr("The demo's sandbox could not start: %1").arg(services.errorMessage()),
                        !screenshot);
        sandbox = services.value();
        auto built = DemoWorld::create(location, SystemClock::instance().now(), seed,
                                       DemoWorld::Consumers::FromProvider, sandbox->url());
        if (!built)
            return fail(built.errorMessage(), !screenshot);
    } else if (location.isEmpty()) {
        location = Workspace::defaultLocation();
    }

    Workspace::Options openOptions;
    if (Database::isServerLocation(location)) {
        if (parser.isSet(actorOpt)) {
            std::fprintf(stderr,
                         "keyturn: --actor does not apply to a team workspace: you act as your database user\n");
            return 2;
        }
        // A password typed into the connect dialog of the window that started this one, when it is not in the
        // keychain; taken out of the environment at once so that no later process inherits it.
        openOptions.password = qEnvironmentVariable("KEYTURN_TEAM_PASSWORD");
        qunsetenv("KEYTURN_TEAM_PASSWORD");
        if (openOptions.password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
            // the keychain's password; without one (or without a keychain) libpq's ~/.pgpass still applies
            QEventLoop keychain;
            const QString passFile = qEnvironmentVariableIsEmpty("PGPASSFILE")
                                         ? QDir::home().filePath(QStringLiteral(".pgpass"))
                                         : qEnvironmentVariable("PGPASSFILE");
            const bool havePassFile = QFile::exists(passFile);
            ConnectTeamDialog::readKeychainPassword(location, [&](const QString &password, const QString &error) {
                if (!error.isEmpty() && !havePassFile) // with a password file, libpq has what it needs
                    std::fprintf(stderr, "keyturn: %s\n", qPrintable(error));
                openOptions.password = password;
                keychain.quit();
            });
            keychain.exec();
        }
        if (!openOptions.password.isEmpty())
            Database::rememberPassword(location, openOptions.password);
    }
    const QString actor = parser.isSet(actorOpt) ? parser.value(actorOpt) : Workspace::defaultActor();
    auto opened = Workspace::open(location, actor, SystemClock::instance(), openOptions);
    if (!opened)
        return fail(opened.errorMessage(), !screenshot);
    std::unique_ptr<Workspace> workspace = std::move(opened.value());
    std::unique_ptr<MainWindow> window;
    const QString screenshotFile = parser.value(screenshotOpt);

    auto present = [&]() -> int {
        window = MainWindow::open(*workspace);
        if (screenshot) {
            // a picture is the same for everyone: the standard size and layout, not this person's
            window->resize(1440, 860);
        } else {
            window->restoreSession();
        }
        // --view names the view to show; without it the window opens on the view it was closed on
        if (screenshot || parser.isSet(viewOpt))
            window->showView(view);
        if (screenshot) {
            // a picture shows the rows and the alerts, not the reading and the check still under way
            workspace->inventoryModel()->finishLoading();
            window->checkAlertsNow();
        }
        window->show();
        if (!screenshot)
            return 0;
        QApplication::processEvents();
        auto saved = saveScreenshot(window.get(), screenshotFile);
        if (!saved)
            return fail(saved.errorMessage(), false);
        return 0;
    };

    if (!isDemo) {
        const int rc = present();
        if (screenshot || rc != 0)
            return rc;
        return app.exec();
    }
    // The demo's window opens once the first sync from the sandbox is in.
    int exitCode = 0;
    QTimer::singleShot(0, &app, [&] {
        prepareDemo(*workspace, *sandbox, [&](Result<void> report) {
            if (!report) {
                exitCode = fail(QObject::tr("The demo could not sync from its sandbox: %1").arg(report.errorMessage()),
                                !screenshot);
                QApplication::exit(exitCode);
                return;
            }
            exitCode = present();
            if (screenshot || exitCode != 0)
                QApplication::exit(exitCode);
        });
    });
    const int rc = app.exec();
    window.reset();
    workspace.reset();
    return rc != 0 ? rc : exitCode;
}
