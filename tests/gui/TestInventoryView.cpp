#include "InventoryView.h"
#include "KeyDetailsPanel.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/models/InventoryModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace keyturn;
using namespace keyturn::test;

class TestInventoryView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_stripe = 0;   ///< held, two versions (v1 previous, v2 current), one run
    qint64 m_sendgrid = 0; ///< held, overdue
    qint64 m_issued = 0;   ///< issued

    static QStringList names(const QAbstractItemModel *model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, InventoryModel::Name).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("inventory.keyturn")), QStringLiteral("dana"), m_clock);
        QVERIFY2(ws, qPrintable(ws.errorMessage()));
        m_workspace = std::move(ws.value());
        WorkspaceStore &store = m_workspace->store();
        const QDateTime now = fixedNow();

        m_clock.set(now.addDays(-40));
        m_stripe = *store.createCredential(heldCredential(QStringLiteral("stripe-api-key"), 30));
        QVERIFY(store.addKeyVersion(currentKey(m_stripe, "old-stripe")).ok());
        m_clock.set(now.addDays(-5));
        QVERIFY(store.addKeyVersion(currentKey(m_stripe, "new-stripe", now.addSecs(-3 * 3600))).ok());
        QVERIFY(store.createRun(m_stripe, QStringLiteral("manual")).ok());

        Credential sendgrid = heldCredential(QStringLiteral("sendgrid-api-key"), 90);
        sendgrid.provider = QStringLiteral("SendGrid");
        sendgrid.owner = QStringLiteral("messaging-team");
        sendgrid.criticality = QStringLiteral("critical");
        m_clock.set(now.addDays(-100));
        m_sendgrid = *store.createCredential(sendgrid);
        QVERIFY(store.addKeyVersion(currentKey(m_sendgrid, "sendgrid", now.addSecs(-60))).ok());

        Credential issued = heldCredential(QStringLiteral("acme-bank-prod"), 180);
        issued.kind = CredentialKind::Issued;
        issued.provider = QStringLiteral("Platform API");
        issued.environment = QStringLiteral("staging");
        issued.criticality = QStringLiteral("low");
        m_clock.set(now.addDays(-20));
        m_issued = *store.createCredential(issued);
        QVERIFY(store.addKeyVersion(currentKey(m_issued, "acme")).ok());
        m_clock.set(now);
        m_workspace->inventoryModel()->reload();
        QCOMPARE(m_workspace->inventoryModel()->rowCount(), 3);
    }

    void init() { QSettings().clear(); }

    void filtersAndSorts()
    {
        InventoryView view(*m_workspace);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.table();
        QAbstractItemModel *model = table->model();
        QCOMPARE(names(model), (QStringList{"acme-bank-prod", "sendgrid-api-key", "stripe-api-key"}));
        auto *count = view.findChild<QLabel *>(QStringLiteral("inventoryCount"));
        QCOMPARE(count->text(), QStringLiteral("3 of 3 keys shown"));

        QTest::keyClicks(view.searchField(), QStringLiteral("api-k"));
        QCOMPARE(names(model), (QStringList{"sendgrid-api-key", "stripe-api-key"}));
        QCOMPARE(count->text(), QStringLiteral("2 of 3 keys shown"));
        auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        owner->setCurrentIndex(owner->findData(QStringLiteral("messaging-team")));
        QCOMPARE(names(model), QStringList{"sendgrid-api-key"});
        view.clearFilters();
        QCOMPARE(view.searchField()->text(), QString());
        QCOMPARE(owner->currentIndex(), 0);
        QCOMPARE(model->rowCount(), 3);

        auto *criticality = view.findChild<QComboBox *>(QStringLiteral("criticalityFilter"));
        QCOMPARE(criticality->count(), 4); // any, low, high, critical
        QCOMPARE(criticality->itemData(1).toString(), QStringLiteral("low"));
        criticality->setCurrentIndex(criticality->findData(QStringLiteral("critical")));
        QCOMPARE(names(model), QStringList{"sendgrid-api-key"});
        view.clearFilters();

        // clicking the Age header sorts by age, numerically; again: descending
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(InventoryModel::AgeDays) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(names(model), (QStringList{"stripe-api-key", "acme-bank-prod", "sendgrid-api-key"}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(names(model), (QStringList{"sendgrid-api-key", "acme-bank-prod", "stripe-api-key"}));

        // status badges explain themselves; last use is relative with the absolute time in the tooltip
        const QModelIndex sendgridStatus = model->index(0, InventoryModel::Status);
        QCOMPARE(sendgridStatus.data().toString(), QStringLiteral("Overdue"));
        QCOMPARE(sendgridStatus.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Overdue: age 100 d, policy 90 d (overdue)"));
        const QModelIndex stripeUsed = model->index(2, InventoryModel::LastUsed);
        QCOMPARE(stripeUsed.data().toString(), QStringLiteral("3 h ago"));
        QCOMPARE(stripeUsed.data(Qt::ToolTipRole).toString(), QStringLiteral("2026-11-24 09:00 UTC"));
        QCOMPARE(model->index(1, InventoryModel::LastUsed).data().toString(), QStringLiteral("never"));
    }

    void detailsListVersionsRunsAndAudit()
    {
        InventoryView view(*m_workspace);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        KeyDetailsPanel *details = view.detailsPanel();
        QVERIFY(details);
        QCOMPARE(details->credentialId(), 0);

        // selecting a row shows its details (after a short pause, so arrowing through rows stays cheap)
        view.table()->selectRow(2);
        QCOMPARE(view.selectedCredentialId(), m_stripe);
        QTRY_COMPARE(details->credentialId(), m_stripe);
        QTableWidget *versions = details->versionsTable();
        QCOMPARE(versions->rowCount(), 2);
        QCOMPARE(versions->item(0, 0)->text(), QStringLiteral("v2"));
        QCOMPARE(versions->item(0, 1)->text(), QStringLiteral("current"));
        QCOMPARE(versions->item(0, 2)->text(), fingerprintOf("new-stripe"));
        QCOMPARE(versions->item(0, 3)->text(), QStringLiteral("sk_live_6e65"));
        QCOMPARE(versions->item(1, 1)->text(), QStringLiteral("previous"));
        QCOMPARE(versions->item(1, 2)->text(), fingerprintOf("old-stripe"));
        QCOMPARE(details->runsTable()->rowCount(), 1);
        QCOMPARE(details->runsTable()->item(0, 1)->text(), QStringLiteral("manual"));
        QCOMPARE(details->noticesTable()->rowCount(), 0);
        QVERIFY(details->auditTable()->rowCount() >= 3); // created, two keys added (the run is audited on its own)
        QStringList actions;
        for (int r = 0; r < details->auditTable()->rowCount(); ++r)
            actions << details->auditTable()->item(r, 2)->text();
        QVERIFY2(actions.contains(QStringLiteral("credential.created")), qPrintable(actions.join(u',')));
        QCOMPARE(details->tabs()->tabText(KeyDetailsPanel::VersionsTab), QStringLiteral("Versions (2)"));
        QVERIFY(details->tabs()->isVisible());
        QTRY_VERIFY(details->height() > 150); // the one-line hint grew into the panel
        // nothing secret is on screen: only fingerprints and prefixes of the keys
        for (int r = 0; r < versions->rowCount(); ++r) {
            for (int c = 0; c < versions->columnCount(); ++c) {
                const QString text = versions->item(r, c) ? versions->item(r, c)->text() : QString();
                QVERIFY(!text.contains(QLatin1String("new-stripe")) && !text.contains(QLatin1String("old-stripe")));
            }
        }

        // two rows selected: no single key to show
        view.table()->selectAll();
        QTRY_COMPARE(details->credentialId(), 0);
        QCOMPARE(details->versionsTable()->rowCount(), 0);
        QVERIFY(!details->tabs()->isVisible());
    }

    void showCredentialSelectsAndClearsHidingFilters()
    {
        InventoryView view(*m_workspace);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.searchField()->setText(QStringLiteral("sendgrid"));
        QCOMPARE(view.table()->model()->rowCount(), 1);

        // visible: the filter stays
        QVERIFY(view.showCredential(m_sendgrid));
        QCOMPARE(view.searchField()->text(), QStringLiteral("sendgrid"));
        QCOMPARE(view.selectedCredentialId(), m_sendgrid);
        QCOMPARE(view.detailsPanel()->credentialId(), m_sendgrid); // at once, not after the pause

        // hidden by the filter: the filters are cleared, the key is selected and its details shown
        QVERIFY(view.showCredential(m_stripe));
        QCOMPARE(view.searchField()->text(), QString());
        QCOMPARE(view.table()->model()->rowCount(), 3);
        QCOMPARE(view.selectedCredentialId(), m_stripe);
        QCOMPARE(view.table()->currentIndex().data(InventoryModel::CredentialIdRole).toLongLong(), m_stripe);
        QCOMPARE(view.detailsPanel()->credentialId(), m_stripe);
        QCOMPARE(view.detailsPanel()->versionsTable()->rowCount(), 2);

        QVERIFY(!view.showCredential(424242));
        QCOMPARE(view.selectedCredentialId(), m_stripe);
    }

    void actionsEmitTheirSignals()
    {
        InventoryView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy rotate(&view, &InventoryView::rotateRequested);
        QSignalSpy emergency(&view, &InventoryView::emergencyRequested);
        view.setRotationAvailable(false, QStringLiteral("no services"));
        QVERIFY(view.showCredential(m_sendgrid));
        QVERIFY(!view.rotateButton()->isEnabled());
        QCOMPARE(view.rotateButton()->toolTip(), QStringLiteral("no services"));

        view.setRotationAvailable(true);
        QVERIFY(view.rotateButton()->isEnabled());
        QTest::mouseClick(view.rotateButton(), Qt::LeftButton);
        QCOMPARE(rotate.count(), 1);
        QCOMPARE(rotate.first().first().toLongLong(), m_sendgrid);
        QTest::mouseClick(view.emergencyButton(), Qt::LeftButton);
        QCOMPARE(emergency.count(), 1);
        QCOMPARE(emergency.first().first().toLongLong(), m_sendgrid);

        // an issued key rotates as a campaign, not from here
        QVERIFY(view.showCredential(m_issued));
        QVERIFY(!view.rotateButton()->isEnabled());
        QVERIFY(view.rotateButton()->toolTip().contains(QLatin1String("campaign")));
    }

    void savedFiltersRoundTripWithoutSecrets()
    {
        {
            InventoryView view(*m_workspace);
            QVERIFY(!view.saveCurrentFilter(QStringLiteral("nothing")).ok()); // nothing filtered
            view.searchField()->setText(QStringLiteral("api"));
            auto *environment = view.findChild<QComboBox *>(QStringLiteral("environmentFilter"));
            environment->setCurrentIndex(environment->findData(QStringLiteral("production")));
            view.showStatus(KeyStatus::Overdue);
            QCOMPARE(names(view.table()->model()), QStringList{"sendgrid-api-key"});
            QVERIFY(!view.saveCurrentFilter(QStringLiteral("  ")).ok());
            QVERIFY(view.saveCurrentFilter(QStringLiteral("overdue prod")).ok());

            // a pasted key is refused and nothing is written
            view.searchField()->setText(QStringLiteral("sk_live_4eC39HqLyjWDarjtT1zdp7dc"));
            const auto refused = view.saveCurrentFilter(QStringLiteral("oops"));
            QVERIFY(!refused.ok());
            QVERIFY(refused.errorMessage().contains(QLatin1String("nothing was saved")));
            QCOMPARE(view.savedFilterNames(), QStringList{"overdue prod"});
            QVERIFY(!QSettings()
                         .value(QStringLiteral("inventory/savedFilters"))
                         .toString()
                         .contains(QLatin1String("4eC39Hq")));
        }
        InventoryView view(*m_workspace);
        QCOMPARE(view.table()->model()->rowCount(), 3);
        auto *saved = view.findChild<QComboBox *>(QStringLiteral("savedFilters"));
        QCOMPARE(saved->count(), 2);
        QCOMPARE(saved->itemText(1), QStringLiteral("overdue prod"));
        QVERIFY(view.applySavedFilter(QStringLiteral("overdue prod")));
        QCOMPARE(view.searchField()->text(), QStringLiteral("api"));
        QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentData().toString(),
                 QStringLiteral("overdue"));
        QCOMPARE(names(view.table()->model()), QStringList{"sendgrid-api-key"});
        QVERIFY(!view.applySavedFilter(QStringLiteral("unknown")));

        // saving under the same name replaces it; deleting forgets it
        view.showStatus(std::nullopt);
        QVERIFY(view.saveCurrentFilter(QStringLiteral("overdue prod")).ok());
        QCOMPARE(view.savedFilterNames(), QStringList{"overdue prod"});
        view.clearFilters();
        QVERIFY(view.applySavedFilter(QStringLiteral("overdue prod")));
        QCOMPARE(names(view.table()->model()), (QStringList{"sendgrid-api-key", "stripe-api-key"}));
        view.deleteSavedFilter(QStringLiteral("overdue prod"));
        QCOMPARE(view.savedFilterNames(), QStringList());
        QCOMPARE(saved->count(), 1);
    }

    void columnChoiceIsRemembered()
    {
        {
            InventoryView view(*m_workspace);
            QVERIFY(!view.table()->isColumnHidden(InventoryModel::Owner));
            view.setColumnVisible(InventoryModel::Owner, false);
            view.setColumnVisible(InventoryModel::Policy, false);
            view.setColumnVisible(InventoryModel::Name, false); // refused: the name always shows
            QVERIFY(view.table()->isColumnHidden(InventoryModel::Owner));
            QVERIFY(!view.table()->isColumnHidden(InventoryModel::Name));
            QCOMPARE(QSettings().value(QStringLiteral("inventory/hiddenColumns")).toStringList(),
                     (QStringList{"Owner", "Policy"}));
        }
        InventoryView view(*m_workspace);
        QVERIFY(view.table()->isColumnHidden(InventoryModel::Owner));
        QVERIFY(view.table()->isColumnHidden(InventoryModel::Policy));
        QVERIFY(!view.table()->isColumnHidden(InventoryModel::Status));
        view.setColumnVisible(InventoryModel::Owner, true);
        QCOMPARE(QSettings().value(QStringLiteral("inventory/hiddenColumns")).toStringList(), QStringList{"Policy"});
    }

    void worksWithoutTheWorkspace()
    {
        InventoryView view(m_workspace->inventoryModel());
        QVERIFY(!view.detailsPanel());
        QVERIFY(view.showCredential(m_stripe));
        QCOMPARE(view.selectedCredentialId(), m_stripe);
    }
};

QTEST_MAIN(TestInventoryView)
#include "TestInventoryView.moc"
