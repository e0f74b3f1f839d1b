#pragma once

#include "../notices/CampaignNotices.h"
#include "../store/WorkspaceStore.h"

#include <QAbstractTableModel>

#include <optional>

namespace keyturn {

class Clock;
class NoticeStore;
class Workspace;

/// The platform's API consumers (synced from the provider) with their issued keys: how many, how many are current,
/// when any of them was last used, and where they stand in a rotation campaign (CampaignNotices::migrationStatus).
class ConsumersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        ExternalId,
        Contact,
        Integration,
        Keys,
        LastUsed,
        Campaign,
        Migration,
        Deadline,
        Notices,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        /// The consumer's migration state as CampaignNotices names it (to_notify, …, revoked); empty when the
        /// consumer was never in a campaign.
        MigrationStateRole,
        /// True while the consumer is in an open campaign.
        InOpenCampaignRole,
    };

    struct Row
    {
        Consumer consumer;
        int keys = 0;
        QDateTime lastUsedAt;
        /// The consumer's standing in their campaign: the latest open campaign they are in, else the latest one.
        /// With several keys in it, the key furthest from migrating, and the notices of all of them.
        std::optional<ConsumerMigration> migration;
        QString campaignName;
        bool campaignOpen = false;
        QString migrationNote; ///< what the state means for this consumer, in a sentence
    };

    ConsumersModel(WorkspaceStore &store, const NoticeStore &notices, const CampaignNotices &campaigns,
                   const Clock &clock, QObject *parent = nullptr);
    /// The workspace's consumers, notices and campaigns.
    explicit ConsumersModel(Workspace &workspace, QObject *parent = nullptr);

    /// A migration state in words ("to_notify" → "to notify").
    static QString migrationStateText(const QString &state);
    /// The migration states in lifecycle order (the Migration column sorts by it).
    static QStringList migrationStates();
    /// Whether the consumer still has to move to a new key: in a campaign, neither migrated nor revoked.
    static bool isPendingMigration(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const Row &rowAt(int row) const { return m_rows.at(row); }

public Q_SLOTS:
    /// Reads consumers, their keys and their campaigns again; on failure keeps what it showed and emits loadFailed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QString describeMigration(const ConsumerMigration &m) const;

    WorkspaceStore &m_store;
    const NoticeStore &m_notices;
    const CampaignNotices &m_campaigns;
    const Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace keyturn
