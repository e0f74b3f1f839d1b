// The window remembers where it was left (geometry, view, column and splitter layouts) and follows the system's
// light or dark palette.
#include "AuditView.h"
#include "ChartCard.h"
#include "DashboardView.h"
#include "DemoWorkspace.h"
#include "InventoryView.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/models/InventoryModel.h"

#include <QApplication>
#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

using namespace keyturn;
using namespace keyturn::test;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}
} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QPalette m_original;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // the settings of this run only, never the person's
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("KeyturnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("desktop-integration"));
        const QString path = m_dir.filePath(QStringLiteral("demo.keyturn"));
        auto ws = openDemoWorkspace(path, QStringLiteral("carol"));
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        m_workspace = std::move(ws.value());
        m_original = QApplication::palette();
    }
    void cleanup() { QApplication::setPalette(m_original); }
    void cleanupTestCase() { m_workspace.reset(); }

    void windowComesBackAsItWasLeft()
    {
        QSettings().clear();
        QSize size;
        QByteArray columns;
        QByteArray splitter;
        int hiddenColumn = -1;
        {
            MainWindow window(*m_workspace);
            window.restoreSession();
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.currentViewName(), QStringLiteral("dashboard")); // nothing saved yet
            auto *table = window.inventoryView()->findChild<QTableView *>();
            QVERIFY(table);
            QHeaderView *header = table->horizontalHeader();
            QVERIFY(header->count() > 4);
            header->moveSection(1, 3);
            for (int i = header->count() - 1; i >= 0; --i) {
                if (!header->isSectionHidden(i)) {
                    hiddenColumn = i;
                    break;
                }
            }
            header->setSectionHidden(hiddenColumn, true);
            header->resizeSection(header->logicalIndex(0), 211);
            columns = header->saveState();
            QVERIFY(window.showView(QStringLiteral("audit")));
            auto *split = window.auditView()->findChild<QSplitter *>(QStringLiteral("auditSplitter"));
            QVERIFY(split);
            split->setSizes({500, 300});
            splitter = split->saveState();
            size = window.size();
            window.close(); // saves
        }
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));
        QCOMPARE(settings.value(QStringLiteral("window/view")).toString(), QStringLiteral("audit"));

        MainWindow again(*m_workspace);
        again.restoreSession();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.currentViewName(), QStringLiteral("audit"));
        QCOMPARE(again.size(), size);
        QHeaderView *header = again.inventoryView()->findChild<QTableView *>()->horizontalHeader();
        QCOMPARE(header->saveState(), columns);
        QVERIFY(header->isSectionHidden(hiddenColumn));
        QCOMPARE(header->visualIndex(1), 3);
        QCOMPARE(again.auditView()->findChild<QSplitter *>(QStringLiteral("auditSplitter"))->saveState(), splitter);
        again.close();
    }

    void aWindowNotRestoredSavesNothing()
    {
        QSettings().clear();
        {
            MainWindow window(*m_workspace); // a screenshot's or a test's window
            window.show();
            window.showView(QStringLiteral("calendar"));
            window.close();
        }
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void aLayoutForOtherColumnsIsIgnored()
    {
        QSettings().clear();
        QSettings settings;
        // a layout saved by a version with a different set of columns: every column hidden
        settings.setValue(QStringLiteral("layout/inventoryView/table0/columnCount"), 3);
        QHeaderView scratch(Qt::Horizontal);
        settings.setValue(QStringLiteral("layout/inventoryView/table0/columns"), scratch.saveState());
        settings.sync();
        MainWindow window(*m_workspace);
        auto *table = window.inventoryView()->findChild<QTableView *>();
        const QByteArray before = table->horizontalHeader()->saveState();
        window.restoreSession();
        QCOMPARE(table->horizontalHeader()->saveState(), before);
    }

    void settingsHoldNoSecrets()
    {
        QSettings().clear();
        {
            MainWindow window(*m_workspace);
            window.restoreSession();
            window.show();
            window.close();
        }
        QSettings settings;
        for (const QString &key : settings.allKeys()) {
            QVERIFY2(key.startsWith(QLatin1String("window/")) || key.startsWith(QLatin1String("layout/")) ||
                         key.startsWith(QLatin1String("inventory/")),
                     qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive) &&
                         !key.contains(QLatin1String("password"), Qt::CaseInsensitive),
                     qPrintable(key));
        }
    }

    void tonesAreReadableOnLightAndDark()
    {
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            for (Theme::Tone tone : {Theme::Tone::Error, Theme::Tone::Warning, Theme::Tone::Success}) {
                const QColor c = Theme::color(tone, palette);
                QVERIFY2(Theme::contrast(c, palette.color(QPalette::Window)) >= 4.5, qPrintable(c.name()));
                QVERIFY2(Theme::contrast(c, palette.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
            }
        }
        QVERIFY(Theme::isDark(darkPalette()));
        QVERIFY(!Theme::isDark(lightPalette()));
        // a mid-grey window still gets readable error text
        QPalette grey = lightPalette();
        grey.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
        grey.setColor(QPalette::Base, QColor(0x80, 0x80, 0x80));
        QVERIFY(Theme::contrast(Theme::color(Theme::Tone::Error, grey), grey.color(QPalette::Window)) >= 4.5);
    }

    void switchingToDarkRecoloursMessagesAndCharts()
    {
        QApplication::setPalette(lightPalette());
        QWidget top;
        auto *label = new QLabel(QStringLiteral("x"), &top);
        Theme::setTone(label, Theme::Tone::Error);
        auto *card = new ChartCard(QStringLiteral("t"), &top);
        auto *axis = new QValueAxis;
        card->chart()->addAxis(axis, Qt::AlignLeft);
        top.show();
        QVERIFY(QTest::qWaitForWindowExposed(&top));
        QCOMPARE(label->palette().color(QPalette::WindowText), Theme::color(Theme::Tone::Error, lightPalette()));
        QCOMPARE(card->chart()->backgroundBrush().color(), QColor(Qt::white));

        QApplication::setPalette(darkPalette()); // the system switched to dark
        QCoreApplication::processEvents();
        QCOMPARE(label->palette().color(QPalette::WindowText), Theme::color(Theme::Tone::Error, darkPalette()));
        QCOMPARE(card->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        QCOMPARE(axis->labelsColor(), darkPalette().color(QPalette::Text));
        QVERIFY(Theme::contrast(label->palette().color(QPalette::WindowText),
                                label->palette().color(QPalette::Window)) >= 4.5);

        Theme::setTone(label, Theme::Tone::None); // back to the palette's own text colour
        QCOMPARE(label->palette().color(QPalette::WindowText), darkPalette().color(QPalette::WindowText));
    }

    void theDashboardIsDarkInDarkMode()
    {
        QApplication::setPalette(darkPalette());
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto cards = window.dashboardView()->findChildren<ChartCard *>();
        QVERIFY(!cards.isEmpty());
        for (ChartCard *card : cards) {
            QCOMPARE(card->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
            for (QAbstractAxis *axis : card->chart()->axes())
                QCOMPARE(axis->labelsColor(), darkPalette().color(QPalette::Text));
        }
        // KEYTURN_DARK_SCREENSHOT=FILE keeps a picture of the dark dashboard, to look at
        if (const QString file = qEnvironmentVariable("KEYTURN_DARK_SCREENSHOT"); !file.isEmpty()) {
            window.resize(1440, 860);
            QTest::qWait(200);
            QVERIFY(window.grab().save(file));
        }
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
