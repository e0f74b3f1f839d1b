// keyturn: the GUI entry point. It parses the command line, opens (or builds the demo) workspace and shows the
// main window; everything else lives in keyturn_core and keyturn_ui.
#include "MainWindow.h"
#include "Screenshot.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/domain/Clock.h"
#include "core/models/InventoryModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace keyturn;

namespace {
bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
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
} // namespace

int main(int argc, char *argv[])
{
    // A screenshot needs no display: render off-screen unless a display was asked for.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Keyturn"));
    QApplication::setApplicationName(QStringLiteral("keyturn"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyturn"));
    QApplication::setApplicationVersion(QStringLiteral(KEYTURN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(KEYTURN_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyturn.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("keyturn"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Keyturn: rotate API keys without breaking the "
                                                                     "integrations that use them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Build a fresh demo workspace and open it."));
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"),
                                          QApplication::translate("main", "The workspace file to open."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption actorOpt(QStringLiteral("actor"),
                                      QApplication::translate("main", "Who acts (default: the OS user)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                           QApplication::translate("main", "Render a view to a PNG file and exit."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption viewOpt(QStringLiteral("view"),
                                     QApplication::translate("main", "The view to show: %1.")
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
    if (parser.isSet(demo)) {
        if (location.isEmpty())
            location = Workspace::demoLocation();
        auto built = DemoWorld::create(location, SystemClock::instance().now(), seed);
        if (!built)
            return fail(built.errorMessage(), !screenshot);
    } else if (location.isEmpty()) {
        location = Workspace::defaultLocation();
    }

    const QString actor = parser.isSet(actorOpt) ? parser.value(actorOpt) : Workspace::defaultActor();
    auto workspace = Workspace::open(location, actor, SystemClock::instance());
    if (!workspace)
        return fail(workspace.errorMessage(), !screenshot);
    (*workspace)->inventoryModel()->reload();

    MainWindow window(**workspace);
    window.resize(1440, 860);
    window.showView(view);
    if (screenshot) {
        window.show();
        QApplication::processEvents();
        auto saved = saveScreenshot(&window, parser.value(screenshotOpt));
        if (!saved)
            return fail(saved.errorMessage(), false);
        return 0;
    }
    window.show();
    return app.exec();
}
