#include "TestSupport.h"
#include "core/models/NoticesModel.h"
#include "core/notices/NoticeStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>

using namespace keyturn;
using namespace keyturn::test;

namespace {

/// A store fixture with notices drafted by alice, a consumer, an issued key and a campaign to hang them on.
struct NoticeFixture : StoreFixture
{
    NoticeStore alice{*db, *audit, clock, QStringLiteral("alice")};
    NoticeStore bob{*db, *audit, clock, QStringLiteral("bob")};
    qint64 consumerId = 0;
    qint64 credentialId = 0;
    qint64 campaignId = 0;

    NoticeFixture()
    {
        Consumer consumer;
        consumer.externalId = QStringLiteral("c-100");
        consumer.name = QStringLiteral("Acme Shop");
        consumer.contactEmail = QStringLiteral("dev@acme.example");
        consumer.integrationPattern = QStringLiteral("python");
        auto c = store->upsertConsumer(consumer);
        if (!c)
            qFatal("upsertConsumer: %s", qPrintable(c.errorMessage()));
        consumerId = *c;
        Credential key = heldCredential(QStringLiteral("acme-shop-key"));
        key.kind = CredentialKind::Issued;
        key.consumerId = consumerId;
        auto k = store->createCredential(key);
        if (!k)
            qFatal("createCredential: %s", qPrintable(k.errorMessage()));
        credentialId = *k;
        CampaignRecord campaign;
        campaign.name = QStringLiteral("Q4 key rotation");
        campaign.deadlineAt = fixedNow().addDays(30);
        campaign.state = QStringLiteral("open");
        campaign.policy = QStringLiteral("rest");
        auto cid = alice.createCampaign(campaign);
        if (!cid)
            qFatal("createCampaign: %s", qPrintable(cid.errorMessage()));
        campaignId = *cid;
    }

    qint64 draft(const QString &subject, qint64 sendInSecs, bool urgent = false)
    {
        NoticeDraft d;
        d.campaignId = campaignId;
        d.consumerId = consumerId;
        d.credentialId = credentialId;
        d.kind = urgent ? NoticeKind::Emergency : NoticeKind::Migration;
        d.urgent = urgent;
        d.recipient = QStringLiteral("dev@acme.example");
        d.content = FilledNotice{subject, QStringLiteral("Hello Acme Shop,\n\nplease switch to the new key before "
                                                         "**2026-12-24**.\n\n- step one\n- step two\n")};
        d.templateName = QStringLiteral("migration-rest");
        d.deadlineAt = fixedNow().addDays(30);
        d.sendAt = fixedNow().addSecs(sendInSecs);
        auto id = alice.createNotice(d);
        if (!id)
            qFatal("createNotice: %s", qPrintable(id.errorMessage()));
        return *id;
    }
};

} // namespace

class TestNoticesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passesModelTester()
    {
        NoticeFixture f;
        NoticesModel model(f.bob);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(NoticesModel::SortRole);
        proxy.sort(NoticesModel::SendAt, Qt::AscendingOrder);

        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(NoticesModel::ColumnCount));
        const qint64 a = f.draft(QStringLiteral("Rotate your key"), 3600);
        const qint64 b = f.draft(QStringLiteral("Urgent: your key was revoked"), 60, true);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(proxy.rowCount(), 2);
        // the sooner send time sorts first
        QCOMPARE(proxy.index(0, 0).data(NoticesModel::NoticeIdRole).toLongLong(), b);

        QVERIFY(f.bob.approve({a}).ok());
        model.setStates({NoticeState::Pending});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.noticeAt(0).id, b);
        const qint64 c = f.draft(QStringLiteral("Reminder"), 7200);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        model.setStates({});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.rowOfNotice(c) >= 0);
        for (int column = 0; column < NoticesModel::ColumnCount; ++column)
            proxy.sort(column, Qt::DescendingOrder);
    }

    void everyColumnShowsTheNotice()
    {
        NoticeFixture f;
        const qint64 plain = f.draft(QStringLiteral("Rotate your Acme key"), 3600);
        const qint64 urgent = f.draft(QStringLiteral("Your key was revoked"), 90, true);
        QVERIFY(f.bob.approve({plain}).ok());
        NoticesModel model(f.bob);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfNotice(plain);
        const int urgentRow = model.rowOfNotice(urgent);
        QVERIFY(row >= 0 && urgentRow >= 0 && row != urgentRow);
        QCOMPARE(model.rowOfNotice(9999), -1);

        const auto cell = [&model](int r, NoticesModel::Column column, int role = Qt::DisplayRole) {
            return model.index(r, column).data(role);
        };
        QCOMPARE(cell(row, NoticesModel::State).toString(), QStringLiteral("approved"));
        QCOMPARE(cell(row, NoticesModel::State, NoticesModel::StateNameRole).toString(), NoticeState::Approved);
        QCOMPARE(cell(urgentRow, NoticesModel::State).toString(), QStringLiteral("waiting for approval"));
        QCOMPARE(cell(row, NoticesModel::Kind).toString(), QStringLiteral("migration"));
        QCOMPARE(cell(urgentRow, NoticesModel::Kind).toString(), QStringLiteral("emergency (urgent)"));
        QVERIFY(cell(urgentRow, NoticesModel::Kind, NoticesModel::UrgentRole).toBool());
        QVERIFY(!cell(row, NoticesModel::Kind, NoticesModel::UrgentRole).toBool());
        QCOMPARE(cell(row, NoticesModel::Consumer).toString(), QStringLiteral("Acme Shop"));
        QCOMPARE(cell(row, NoticesModel::Consumer, Qt::ToolTipRole).toString(), QStringLiteral("dev@acme.example"));
        QCOMPARE(cell(row, NoticesModel::Key).toString(), QStringLiteral("acme-shop-key"));
        QCOMPARE(cell(row, NoticesModel::Campaign).toString(), QStringLiteral("Q4 key rotation"));
        QCOMPARE(cell(row, NoticesModel::Subject).toString(), QStringLiteral("Rotate your Acme key"));
        QCOMPARE(cell(row, NoticesModel::SendAt).toString(), QStringLiteral("2026-11-24 13:00 UTC"));
        QCOMPARE(cell(urgentRow, NoticesModel::SendAt).toString(), QStringLiteral("2026-11-24 12:01 UTC"));
        QVERIFY(cell(row, NoticesModel::SendAt, NoticesModel::SortRole).toLongLong() >
                cell(urgentRow, NoticesModel::SendAt, NoticesModel::SortRole).toLongLong());
        QCOMPARE(cell(row, NoticesModel::DraftedBy).toString(), QStringLiteral("alice"));
        QCOMPARE(cell(row, NoticesModel::ApprovedBy).toString(), QStringLiteral("bob"));
        QCOMPARE(cell(urgentRow, NoticesModel::ApprovedBy).toString(), QString());
        QCOMPARE(cell(row, NoticesModel::Subject, NoticesModel::NoticeIdRole).toLongLong(), plain);
        // lifecycle order: pending before approved
        QVERIFY(cell(urgentRow, NoticesModel::State, NoticesModel::SortRole).toInt() <
                cell(row, NoticesModel::State, NoticesModel::SortRole).toInt());
        QCOMPARE(model.headerData(NoticesModel::SendAt, Qt::Horizontal).toString(), QStringLiteral("Send at"));
        QCOMPARE(model.headerData(NoticesModel::ApprovedBy, Qt::Horizontal).toString(), QStringLiteral("Approved by"));
    }

    void rejectionReasonIsTheStatesTooltip()
    {
        NoticeFixture f;
        const qint64 id = f.draft(QStringLiteral("Rotate your Acme key"), 3600);
        QVERIFY(f.bob.reject(id, QStringLiteral("The deadline is wrong")).ok());
        NoticesModel model(f.bob);
        model.setStates({NoticeState::Draft});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, NoticesModel::State).data().toString(), QStringLiteral("draft"));
        QVERIFY(model.index(0, NoticesModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("The deadline is wrong")));
    }

    void reloadKeepsTheRowsThatStay()
    {
        NoticeFixture f;
        const qint64 a = f.draft(QStringLiteral("A"), 3600);
        const qint64 b = f.draft(QStringLiteral("B"), 3600);
        const qint64 c = f.draft(QStringLiteral("C"), 3600);
        NoticesModel model(f.bob);
        model.setStates({NoticeState::Pending});
        QCOMPARE(model.rowCount(), 3);
        const QPersistentModelIndex keptA = model.index(model.rowOfNotice(a), NoticesModel::Subject);
        const QPersistentModelIndex keptC = model.index(model.rowOfNotice(c), NoticesModel::Subject);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reloaded(&model, &NoticesModel::reloaded);
        QVERIFY(f.bob.approve({b}).ok());
        const qint64 d = f.draft(QStringLiteral("D"), 3600);
        model.reload();

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfNotice(b), -1);
        QVERIFY(model.rowOfNotice(d) >= 0);
        QVERIFY(keptA.isValid() && keptC.isValid());
        QCOMPARE(keptA.data().toString(), QStringLiteral("A"));
        QCOMPARE(keptC.data().toString(), QStringLiteral("C"));

        // an edit shows at once in the row it was in
        auto notice = f.bob.notice(a);
        QVERIFY(notice.ok());
        QVERIFY(f.bob.edit(a, notice->rowVersion, QStringLiteral("A, edited"), notice->bodyMarkdown).ok());
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(keptA.data().toString(), QStringLiteral("A, edited"));
    }

    void aFailedLoadKeepsWhatWasShown()
    {
        NoticeFixture f;
        f.draft(QStringLiteral("A"), 3600);
        NoticesModel model(f.bob);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QSqlQuery q(f.db->connection());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE notices RENAME TO notices_gone")), qPrintable(q.lastQuery()));
        QSignalSpy failed(&model, &NoticesModel::loadFailed);
        QSignalSpy reloaded(&model, &NoticesModel::reloaded);
        model.reload();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, NoticesModel::Subject).data().toString(), QStringLiteral("A"));
    }

    void stateLabels_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("label");
        QTest::newRow("pending") << NoticeState::Pending << QStringLiteral("waiting for approval");
        QTest::newRow("draft") << NoticeState::Draft << QStringLiteral("draft");
        QTest::newRow("sent") << NoticeState::Sent << QStringLiteral("sent");
        QTest::newRow("unknown") << QStringLiteral("archived") << QStringLiteral("archived");
    }
    void stateLabels()
    {
        QFETCH(QString, state);
        QFETCH(QString, label);
        QCOMPARE(NoticesModel::stateLabel(state), label);
    }
};

QTEST_GUILESS_MAIN(TestNoticesModel)
#include "TestNoticesModel.moc"
