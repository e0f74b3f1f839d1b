#include "TestSupport.h"
#include "core/models/ConsumersModel.h"
#include "core/notices/CampaignNotices.h"
#include "core/notices/NoticeStore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSortFilterProxyModel>

using namespace keyturn;
using namespace keyturn::test;

class TestConsumersModel : public QObject
{
    Q_OBJECT

    /// A store with the notices and campaign status the model reads, acting as alice.
    struct Fixture : StoreFixture
    {
        NoticeStore notices{*db, *audit, clock, QStringLiteral("alice")};
        NoticeStore bob{*db, *audit, clock, QStringLiteral("bob")};
        CampaignNotices campaigns{*store, notices, clock};

        qint64 consumer(const QString &name, const QString &pattern = QStringLiteral("rest"))
        {
            const QString slug = name.toLower().remove(QLatin1Char(' '));
            return store
                ->upsertConsumer(Consumer{
                    0, QStringLiteral("usr_") + slug, name, QStringLiteral("api@%1.example").arg(slug), pattern, {}})
                .value();
        }
        qint64 issuedKey(qint64 consumerId, const QString &name)
        {
            Credential c = heldCredential(name, 180);
            c.kind = CredentialKind::Issued;
            c.consumerId = consumerId;
            const qint64 id = store->createCredential(c).value();
            (void)store->addKeyVersion(currentKey(id, name.toUtf8())).value();
            return id;
        }
        qint64 campaign(const QString &name, const QDateTime &deadline)
        {
            CampaignRecord c;
            c.name = name;
            c.deadlineAt = deadline;
            c.policy = QStringLiteral("escalate");
            return notices.createCampaign(c).value();
        }
        /// A campaign run as RotationEngine::startCampaign records it.
        qint64 run(qint64 campaignId, qint64 credentialId, const QString &consumer, const QDateTime &deadline,
                   const QString &consumerState = QStringLiteral("notified"))
        {
            const QJsonObject data{{QStringLiteral("consumer"), consumer},
                                   {QStringLiteral("deadline_at"), deadline.toUTC().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("consumer_state"), consumerState},
                                   {QStringLiteral("policy"), QStringLiteral("escalate")},
                                   {QStringLiteral("campaign_id"), double(campaignId)}};
            const qint64 id =
                store->startRun(credentialId, QStringLiteral("campaign"), data, false, 60 * 86400).value();
            if (!store->setRunCampaign(id, campaignId))
                qFatal("cannot file the run under its campaign");
            return id;
        }
        /// A notice of a run, drafted by frank (who started the rotation); sent when `sent`, after bob approved it.
        qint64 notice(qint64 runId, qint64 consumerId, const QString &kind, bool sent, int reminderDays = 0)
        {
            const RotationRunRecord r = store->run(runId).value();
            NoticeDraft d;
            d.campaignId = qint64(r.data.value(QStringLiteral("campaign_id")).toDouble());
            d.runId = runId;
            d.consumerId = consumerId;
            d.credentialId = r.credentialId;
            d.kind = kind;
            d.recipient = QStringLiteral("api@consumer.example");
            d.content = {QStringLiteral("Rotate your API key"), QStringLiteral("Please create a new key.\n")};
            d.templateName = kind;
            d.reminderDays = reminderDays;
            d.deadlineAt =
                QDateTime::fromString(r.data.value(QStringLiteral("deadline_at")).toString(), Qt::ISODateWithMs);
            d.draftedBy = QStringLiteral("frank");
            const qint64 id = notices.createNotice(d).value();
            if (sent) {
                const bool ok =
                    bob.approve({id}) &&
                    bob.claim(id, QStringLiteral("test"), 60, QStringLiteral("<n%1@test>").arg(id)).value() &&
                    bob.markSent(id, QStringLiteral("test"), QStringLiteral("delivered"));
                if (!ok)
                    qFatal("cannot send notice %lld", id);
            }
            return id;
        }
    };

    static int rowOf(const ConsumersModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, ConsumersModel::Name).data().toString() == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countsKeysAndLastUse()
    {
        StoreFixture f;
        Consumer acme{0,
                      QStringLiteral("usr_1"),
                      QStringLiteral("Acme Bank"),
                      QStringLiteral("a@acme.example"),
                      QStringLiteral("python"),
                      {}};
        Consumer idle{0,
                      QStringLiteral("usr_2"),
                      QStringLiteral("Globex"),
                      QStringLiteral("g@globex.example"),
                      QStringLiteral("go"),
                      {}};
        const qint64 acmeId = *f.store->upsertConsumer(acme);
        QVERIFY(f.store->upsertConsumer(idle).ok());
        for (const char *name : {"acme-prod", "acme-staging"}) {
            Credential c = heldCredential(QString::fromLatin1(name), 180);
            c.kind = CredentialKind::Issued;
            c.consumerId = acmeId;
            const qint64 id = *f.store->createCredential(c);
            const qint64 key = *f.store->addKeyVersion(currentKey(id, name));
            if (QByteArray(name) == "acme-prod")
                QVERIFY(f.store->recordLastUsed(key, fixedNow().addDays(-3)).ok());
        }
        QVERIFY(f.store->createCredential(heldCredential(QStringLiteral("unrelated"))).ok());

        NoticeStore notices(*f.db, *f.audit, f.clock, QStringLiteral("alice"));
        CampaignNotices campaigns(*f.store, notices, f.clock);
        ConsumersModel model(*f.store, notices, campaigns, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ConsumersModel::Name).data().toString(), QStringLiteral("Acme Bank"));
        QCOMPARE(model.index(0, ConsumersModel::Keys).data().toInt(), 2);
        QCOMPARE(model.index(0, ConsumersModel::LastUsed).data().toString(), QStringLiteral("3 d ago"));
        QCOMPARE(model.index(1, ConsumersModel::Keys).data().toInt(), 0);
        QCOMPARE(model.index(1, ConsumersModel::LastUsed).data().toString(), QStringLiteral("never"));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ConsumersModel::SortRole);
        proxy.sort(ConsumersModel::Keys, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ConsumersModel::Name).data().toString(), QStringLiteral("Acme Bank"));
        // no campaign: the campaign columns stay empty
        QCOMPARE(model.index(0, ConsumersModel::Migration).data().toString(), QString());
        QCOMPARE(model.index(0, 0).data(ConsumersModel::MigrationStateRole).toString(), QString());
    }

    void showsWhereEachConsumerStandsInTheirCampaign()
    {
        Fixture f;
        const QDateTime deadline = fixedNow().addDays(30);
        const qint64 acme = f.consumer(QStringLiteral("Acme Bank"), QStringLiteral("python"));
        const qint64 globex = f.consumer(QStringLiteral("Globex"), QStringLiteral("go"));
        const qint64 hooli = f.consumer(QStringLiteral("Hooli"), QStringLiteral("node"));
        const qint64 initech = f.consumer(QStringLiteral("Initech"), QStringLiteral("java"));
        const qint64 umbrella = f.consumer(QStringLiteral("Umbrella"));
        f.consumer(QStringLiteral("Zenith"));
        const qint64 acmeProd = f.issuedKey(acme, QStringLiteral("acme-prod"));
        const qint64 acmeStaging = f.issuedKey(acme, QStringLiteral("acme-staging"));

        // an earlier campaign of Acme's, finished and closed
        const qint64 spring = f.campaign(QStringLiteral("Spring rotation"), fixedNow().addDays(-60));
        const qint64 springRun = f.run(spring, acmeStaging, QStringLiteral("Acme Bank"), fixedNow().addDays(-60),
                                       QStringLiteral("old_key_quiet"));
        QVERIFY(f.store->setRunState(springRun, QStringLiteral("completed")));
        QVERIFY(f.notices.closeCampaign(spring));

        const qint64 autumn = f.campaign(QStringLiteral("Autumn rotation"), deadline);
        // Acme: the first notice waits for approval
        const qint64 acmeRun = f.run(autumn, acmeProd, QStringLiteral("Acme Bank"), deadline);
        f.notice(acmeRun, acme, NoticeKind::Migration, false);
        // Globex: told
        const qint64 globexRun = f.run(autumn, f.issuedKey(globex, QStringLiteral("globex-prod")),
                                       QStringLiteral("Globex"), deadline, QStringLiteral("new_key_created"));
        f.notice(globexRun, globex, NoticeKind::Migration, true);
        // Hooli: told and reminded a week before the deadline
        const qint64 hooliRun =
            f.run(autumn, f.issuedKey(hooli, QStringLiteral("hooli-prod")), QStringLiteral("Hooli"), deadline);
        f.notice(hooliRun, hooli, NoticeKind::Migration, true);
        f.notice(hooliRun, hooli, NoticeKind::Reminder, true, 7);
        f.notice(hooliRun, hooli, NoticeKind::Reminder, false, 1);
        // Initech: uses its new key
        const qint64 initechRun = f.run(autumn, f.issuedKey(initech, QStringLiteral("initech-prod")),
                                        QStringLiteral("Initech"), deadline, QStringLiteral("new_key_used"));
        f.notice(initechRun, initech, NoticeKind::Migration, true);
        // Umbrella: a shorter deadline that has passed without a new key
        const qint64 umbrellaRun = f.run(autumn, f.issuedKey(umbrella, QStringLiteral("umbrella-prod")),
                                         QStringLiteral("Umbrella"), fixedNow().addDays(2));
        f.notice(umbrellaRun, umbrella, NoticeKind::Migration, true);
        f.clock.advanceSecs(3 * 86400);

        ConsumersModel model(*f.store, f.notices, f.campaigns, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ConsumersModel::ColumnCount));
        QCOMPARE(model.headerData(ConsumersModel::Migration, Qt::Horizontal).toString(), QStringLiteral("Migration"));
        auto cell = [&model](const QString &name, int column, int role = Qt::DisplayRole) {
            const int row = rowOf(model, name);
            return row < 0 ? QVariant() : model.index(row, column).data(role);
        };
        QCOMPARE(cell(QStringLiteral("Acme Bank"), ConsumersModel::Migration).toString(), QStringLiteral("to notify"));
        QCOMPARE(cell(QStringLiteral("Globex"), ConsumersModel::Migration).toString(), QStringLiteral("notified"));
        QCOMPARE(cell(QStringLiteral("Hooli"), ConsumersModel::Migration).toString(), QStringLiteral("reminded"));
        QCOMPARE(cell(QStringLiteral("Initech"), ConsumersModel::Migration).toString(), QStringLiteral("migrated"));
        QCOMPARE(cell(QStringLiteral("Umbrella"), ConsumersModel::Migration).toString(), QStringLiteral("unmigrated"));
        QCOMPARE(cell(QStringLiteral("Zenith"), ConsumersModel::Migration).toString(), QString());

        // the open campaign, not the later-closed earlier one, and its deadline and notices
        QCOMPARE(cell(QStringLiteral("Acme Bank"), ConsumersModel::Campaign).toString(),
                 QStringLiteral("Autumn rotation"));
        QCOMPARE(cell(QStringLiteral("Acme Bank"), ConsumersModel::Deadline).toString(),
                 QStringLiteral("2026-12-24 12:00 UTC"));
        QCOMPARE(cell(QStringLiteral("Acme Bank"), ConsumersModel::Notices).toString(),
                 QStringLiteral("0 sent, 1 waiting"));
        QCOMPARE(cell(QStringLiteral("Hooli"), ConsumersModel::Notices).toString(),
                 QStringLiteral("2 sent, 1 waiting"));
        QCOMPARE(cell(QStringLiteral("Zenith"), ConsumersModel::Notices).toString(), QString());

        // the tooltip says what the state means
        QCOMPARE(cell(QStringLiteral("Hooli"), ConsumersModel::Migration, Qt::ToolTipRole).toString(),
                 QStringLiteral("Reminded 7 days before the deadline; new key not used yet."));
        QVERIFY(cell(QStringLiteral("Acme Bank"), ConsumersModel::Migration, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("waits for approval")));
        QVERIFY(cell(QStringLiteral("Globex"), ConsumersModel::Migration, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("new key created, not used yet")));
        QVERIFY(cell(QStringLiteral("Umbrella"), ConsumersModel::Migration, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("deadline (2026-11-26 12:00 UTC) passed")));

        // the roles the view filters on
        QCOMPARE(cell(QStringLiteral("Umbrella"), 0, ConsumersModel::MigrationStateRole).toString(),
                 QStringLiteral("unmigrated"));
        QVERIFY(cell(QStringLiteral("Initech"), 0, ConsumersModel::InOpenCampaignRole).toBool());
        QVERIFY(!cell(QStringLiteral("Zenith"), 0, ConsumersModel::InOpenCampaignRole).toBool());
        QVERIFY(ConsumersModel::isPendingMigration(QStringLiteral("reminded")));
        QVERIFY(!ConsumersModel::isPendingMigration(QStringLiteral("migrated")));
        QVERIFY(!ConsumersModel::isPendingMigration(QString()));

        // sorted by migration: the lifecycle order, consumers in no campaign last
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ConsumersModel::SortRole);
        proxy.sort(ConsumersModel::Migration, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, ConsumersModel::Name).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Acme Bank"), QStringLiteral("Globex"), QStringLiteral("Hooli"),
                                     QStringLiteral("Initech"), QStringLiteral("Umbrella"), QStringLiteral("Zenith")}));
        proxy.sort(ConsumersModel::Deadline, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ConsumersModel::Name).data().toString(), QStringLiteral("Umbrella"));
        proxy.sort(ConsumersModel::Notices, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ConsumersModel::Name).data().toString(), QStringLiteral("Hooli"));

        // a consumer's migration moves on: the notice is approved and sent, then a reload shows it
        NoticeFilter pending;
        pending.runId = acmeRun;
        const qint64 acmeNotice = f.notices.notices(pending).value().first().id;
        QVERIFY(f.bob.approve({acmeNotice}));
        QVERIFY(f.bob.claim(acmeNotice, QStringLiteral("test"), 60, QStringLiteral("<acme@test>")).value());
        QVERIFY(f.bob.markSent(acmeNotice, QStringLiteral("test"), QStringLiteral("delivered")));
        model.reload();
        QCOMPARE(cell(QStringLiteral("Acme Bank"), ConsumersModel::Migration).toString(), QStringLiteral("notified"));
        QCOMPARE(cell(QStringLiteral("Acme Bank"), ConsumersModel::Notices).toString(),
                 QStringLiteral("1 sent, 0 waiting"));
    }
};

QTEST_GUILESS_MAIN(TestConsumersModel)
#include "TestConsumersModel.moc"
