#include "ImportWizard.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/models/InventoryModel.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeWidget>

using namespace keyturn;
using namespace keyturn::test;

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(KEYTURN_IMPORT_DATA "/") + name;
}
} // namespace

/// The import wizard driven with QTest on a temporary workspace, offscreen.
class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<Workspace> m_workspace;

    static void click(QWizard &wizard, QWizard::WizardButton which)
    {
        QAbstractButton *button = wizard.button(which);
        QVERIFY(button);
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// With KEYTURN_SCREENSHOT_DIR set, the wizard's page as a PNG there (to look at, not to compare).
    static void screenshot(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("KEYTURN_SCREENSHOT_DIR"))
            QVERIFY(
                saveScreenshot(widget, qEnvironmentVariable("KEYTURN_SCREENSHOT_DIR") + QLatin1Char('/') + name).ok());
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_workspace->database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(m_dir.filePath(QStringLiteral("ws.keyturn")));
        m_workspace.reset();
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws.keyturn")), QStringLiteral("alice"), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        m_workspace = std::move(ws.value());
    }

    void cleanup() { m_workspace.reset(); }

    void previewsAndApplies()
    {
        ImportWizard wizard(*m_workspace, dataFile(QStringLiteral("guide-inventory.yaml")));
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::ChooseFile));
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::Preview));

        auto *rows = wizard.findChild<QTreeWidget *>(QStringLiteral("importRows"));
        QVERIFY(rows);
        QCOMPARE(rows->topLevelItemCount(), 3);
        QCOMPARE(rows->topLevelItem(0)->text(0), QStringLiteral("Added"));
        QCOMPARE(rows->topLevelItem(0)->text(1), QStringLiteral("stripe-api-key"));
        QCOMPARE(rows->topLevelItem(0)->text(2), QStringLiteral("3"));
        auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(QStringLiteral("3 to add, 0 to change, 0 unchanged.")),
                 qPrintable(summary->text()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM credentials")), 0); // previewing writes nothing

        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::Confirm));
        screenshot(&wizard, QStringLiteral("import-confirm.png"));
        auto *confirm = wizard.findChild<QLabel *>(QStringLiteral("importConfirmText"));
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(QStringLiteral("3 to add, 0 to change")), qPrintable(confirm->text()));
        click(wizard, QWizard::CommitButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::Done));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().at(0).toInt(), 3);
        QVERIFY(wizard.summary().has_value());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM credentials")), 3);
        QCOMPARE(m_workspace->inventoryModel()->rowCount(), 3); // the inventory view sees them at once
        auto *result = wizard.findChild<QLabel *>(QStringLiteral("importResult"));
        QVERIFY(result && result->text().contains(QStringLiteral("3 added")));
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    }

    void showsChangesOfAReimport()
    {
        {
            ImportWizard first(*m_workspace, dataFile(QStringLiteral("guide-inventory.yaml")));
            first.show();
            click(first, QWizard::NextButton);
            click(first, QWizard::NextButton);
            click(first, QWizard::CommitButton);
            QCOMPARE(first.currentId(), int(ImportWizard::Done));
        }
        ImportWizard wizard(*m_workspace, dataFile(QStringLiteral("guide-rotation-schedules.yaml")));
        wizard.show();
        click(wizard, QWizard::NextButton);
        auto *rows = wizard.findChild<QTreeWidget *>(QStringLiteral("importRows"));
        QVERIFY(rows);
        QCOMPARE(rows->topLevelItemCount(), 3);
        QTreeWidgetItem *stripe = rows->topLevelItem(0);
        QCOMPARE(stripe->text(0), QStringLiteral("Changed"));
        QCOMPARE(stripe->childCount(), 2); // schedule and grace period
        QStringList details;
        for (int i = 0; i < stripe->childCount(); ++i)
            details << stripe->child(i)->text(1) + QLatin1Char('=') + stripe->child(i)->text(3);
        QVERIFY2(details.contains(QStringLiteral("schedule=(empty) → 0 2 1 * *")), qPrintable(details.join(u'|')));
        QVERIFY2(details.contains(QStringLiteral("grace_period=1h → 2h")), qPrintable(details.join(u'|')));
        screenshot(&wizard, QStringLiteral("import-preview-changes.png"));

        // the same inventory once more: nothing to import, Next stays disabled
        wizard.back();
        wizard.setFilePath(dataFile(QStringLiteral("guide-inventory.yaml")));
        click(wizard, QWizard::NextButton);
        QCOMPARE(rows->topLevelItemCount(), 3);
        QCOMPARE(rows->topLevelItem(0)->text(0), QStringLiteral("Unchanged"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void errorsBlockNextAndShowTheirLines()
    {
        const qint64 eventsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        ImportWizard wizard(*m_workspace, dataFile(QStringLiteral("errors.yaml")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::Preview));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        auto *issues = wizard.findChild<QListWidget *>(QStringLiteral("importIssues"));
        QVERIFY(issues);
        QVERIFY(issues->isVisible());
        QCOMPARE(issues->count(), 3);
        QCOMPARE(issues->item(0)->text(),
                 QStringLiteral("Error: line 8: rotation_frequency '3x' is not a duration such as 30d"));
        QVERIFY(issues->item(1)->text().startsWith(QStringLiteral("Error: line 10: ")));
        QVERIFY(issues->item(2)->text().startsWith(QStringLiteral("Error: line 18: ")));
        auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("Errors: 3.")));
        screenshot(&wizard, QStringLiteral("import-preview-errors.png"));

        // a corrected file, chosen again, unblocks it
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ChooseFile));
        auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("importPath"));
        QVERIFY(path);
        path->clear();
        QTest::keyClicks(path, dataFile(QStringLiteral("quoting.csv")));
        click(wizard, QWizard::NextButton);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!issues->isVisible());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM credentials")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")), eventsBefore);
    }

    void missingFileKeepsNextDisabled()
    {
        ImportWizard wizard(*m_workspace, m_dir.filePath(QStringLiteral("absent.yaml")));
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *hint = wizard.findChild<QLabel *>(QStringLiteral("importPathHint"));
        QVERIFY(hint && hint->text().contains(QStringLiteral("no file")));
    }

    void exportsTheFilteredRows()
    {
        for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}) {
            Credential c = heldCredential(name);
            if (name == QLatin1String("beta"))
                c.environment = QStringLiteral("staging");
            QVERIFY(m_workspace->store().createCredential(c).ok());
        }
        InventoryModel *model = m_workspace->inventoryModel();
        model->reload();
        QSortFilterProxyModel filter;
        filter.setSourceModel(model);
        filter.setFilterKeyColumn(InventoryModel::Environment);
        filter.setFilterFixedString(QStringLiteral("production"));
        filter.sort(InventoryModel::Name, Qt::DescendingOrder);
        const QList<InventoryRow> rows = visibleInventoryRows(&filter);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).credential.name, QStringLiteral("gamma"));
        QCOMPARE(rows.at(1).credential.name, QStringLiteral("alpha"));

        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        auto written = exportInventoryCsv(nullptr, rows, m_clock.now(), path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(*written, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
        QVERIFY(lines.at(1).startsWith("gamma,held,Stripe,production,"));
        QVERIFY(lines.at(2).startsWith("alpha,"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
