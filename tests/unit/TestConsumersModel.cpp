#include "TestSupport.h"
#include "core/models/ConsumersModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace keyturn;
using namespace keyturn::test;

class TestConsumersModel : public QObject
{
    Q_OBJECT
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

        ConsumersModel model(*f.store, f.clock);
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
    }
};

QTEST_GUILESS_MAIN(TestConsumersModel)
#include "TestConsumersModel.moc"
