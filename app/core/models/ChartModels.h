#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace keyturn {

class CampaignNotices;
class Clock;
class InventoryModel;
class NoticeStore;
class WorkspaceStore;

/// The data of one dashboard chart as a table the QtCharts model mappers read: columns are series (or x and y),
/// rows are points or categories. Every cell may name the credential it stands for (a click opens it) and carries
/// the tooltip text. Lives in the core: no colours, no widgets.
class ChartTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        CredentialIdRole = Qt::UserRole + 1, ///< the credential a point or bar stands for; 0: none
        CountRole,                           ///< how many keys the point or bar stands for
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    double value(int row, int column) const { return m_rows.at(row).at(column).value; }
    qint64 credentialIdAt(int row, int column) const { return m_rows.at(row).at(column).credentialId; }
    QString toolTipAt(int row, int column) const { return m_rows.at(row).at(column).toolTip; }
    /// The categories (bar charts) or point labels, as the vertical header gives them.
    QStringList rowLabels() const { return m_rowLabels; }
    /// Why the chart has nothing to show ("No open campaign"); empty when it has data.
    QString emptyReason() const { return m_emptyReason; }
    /// Largest value in the columns [first, last]: for axis ranges.
    double maxValue(int firstColumn, int lastColumn) const;

public Q_SLOTS:
    /// Computes the chart again from its sources (a model reset).
    virtual void reload() = 0;

Q_SIGNALS:
    void reloaded();

protected:
    struct Cell
    {
        double value = 0;
        qint64 credentialId = 0;
        int count = 0;
        QString toolTip;
    };
    ChartTableModel(QStringList columns, QObject *parent);
    /// Replaces the contents in one model reset.
    void setContents(QStringList rowLabels, QList<QList<Cell>> rows, QString emptyReason);

private:
    QStringList m_columns;
    QStringList m_rowLabels;
    QList<QList<Cell>> m_rows;
    QString m_emptyReason;
};

/// Key age against policy, one band of it: a point per key with x = age in days and y = age / rotation interval.
/// Keys whose point would coincide (same age, same ratio to two decimals) share a point that counts them. At most
/// maxPoints() points (2,500 unless set): beyond that, keys are binned on a coarser grid (age bins of 2, 4, 8 … days,
/// ratio bins of 0.02, 0.04 …) and each bin is drawn at its most overdue key; the tooltip says how many keys it stands
/// for.
class KeyAgeChartModel : public ChartTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AgeDays,
        Ratio,
        ColumnCount
    };
    /// Within policy (ratio below 1), overdue (1 to 1.5), critical (above 1.5): the status rules' thresholds.
    enum Band
    {
        WithinPolicy,
        Warning,
        Critical
    };
    Q_ENUM(Band)

    KeyAgeChartModel(InventoryModel *inventory, Band band, const Clock &clock, QObject *parent = nullptr);

    Band band() const { return m_band; }
    static Band bandOf(double ratio);
    static constexpr double warningRatio() { return 1.0; }
    static constexpr double criticalRatio() { return 1.5; }
    int maxPoints() const { return m_maxPoints; }
    /// Recomputes with a different cap.
    void setMaxPoints(int points);
    /// Keys in this band (a point may stand for several).
    int keyCount() const { return m_keyCount; }
    /// The oldest age in days among all active keys, in every band: all bands share one x axis.
    int maxAgeDays() const { return m_maxAge; }
    /// The highest ratio among all active keys, in every band.
    double maxRatio() const { return m_maxRatio; }

    void reload() override;

private:
    InventoryModel *m_inventory;
    Band m_band;
    const Clock &m_clock;
    int m_maxPoints = 2500;
    int m_keyCount = 0;
    int m_maxAge = 0;
    double m_maxRatio = 0;
};

/// Days since each key was last used, as a histogram: days and short spans up to a week, then weeks, then longer
/// spans, and keys never seen in use. Columns split the bars by what the monitoring rules call them (in use, stale
/// after 7 days, potentially stale after 30), so each bar has a value in one column only. A bar opens its
/// longest-unused key.
class LastUseChartModel : public ChartTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        InUse,
        Stale,
        PotentiallyStale,
        NeverUsed,
        ColumnCount
    };
    struct Bucket
    {
        int fromDays; ///< inclusive
        int toDays;   ///< inclusive; -1: open-ended; fromDays -1: never used
    };
    explicit LastUseChartModel(InventoryModel *inventory, QObject *parent = nullptr);

    static QList<Bucket> buckets();
    /// The bucket rows where the stale (7 d) and potentially stale (30 d) ranges begin.
    static int staleRow();
    static int potentiallyStaleRow();

    void reload() override;

private:
    InventoryModel *m_inventory;
};

/// Rotations falling due in each of the next 13 weeks (from now, seven days each), with the overdue ones in a first
/// bar of their own. A key is due at its cron schedule's next occurrence after its current key became current, or
/// without a schedule (or with one that does not parse) that time + its interval (Scheduler::nextRotation). Revoked
/// keys and keys in a running rotation are left out. A bar opens the key due soonest in it.
class UpcomingRotationsChartModel : public ChartTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Overdue,
        Held,
        Issued,
        ColumnCount
    };
    static constexpr int weeks() { return 13; }

    UpcomingRotationsChartModel(InventoryModel *inventory, const Clock &clock, QObject *parent = nullptr);

    /// The row a due time falls in (0 overdue, 1 … weeks()), or -1 beyond the last week.
    static int rowFor(const QDateTime &due, const QDateTime &now);
    /// Keys due after the last week shown.
    int laterCount() const { return m_later; }
    int rotatingCount() const { return m_rotating; }

    void reload() override;

private:
    InventoryModel *m_inventory;
    const Clock &m_clock;
    int m_later = 0;
    int m_rotating = 0;
};

/// Migration burn-down of one campaign: from the campaign's start, at the end of each day (UTC) until now (at most
/// its deadline), how many of its consumers were notified (their first migration or emergency notice sent) and how
/// many had migrated (the first audited run step where their new key was seen in use), against the total. A consumer
/// counted as migrated with no such audited step (older data) counts from now. The campaign shown is the one chosen,
/// else the newest open campaign.
class MigrationBurnDownModel : public ChartTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        At, ///< the time the counts are as of, in milliseconds since the epoch (x for QDateTimeAxis)
        Total,
        Notified,
        Migrated,
        ColumnCount
    };

    MigrationBurnDownModel(WorkspaceStore &store, NoticeStore &notices, CampaignNotices &campaigns, const Clock &clock,
                           QObject *parent = nullptr);

    /// 0: the newest open campaign.
    void setCampaignId(qint64 campaignId);
    qint64 campaignId() const { return m_shownCampaign; }
    QString campaignName() const { return m_campaignName; }
    QDateTime start() const { return m_start; }
    QDateTime deadline() const { return m_deadline; }
    int total() const { return m_total; }

    void reload() override;

private:
    WorkspaceStore &m_store;
    NoticeStore &m_notices;
    CampaignNotices &m_campaigns;
    const Clock &m_clock;
    qint64 m_campaignId = 0;
    qint64 m_shownCampaign = 0;
    QString m_campaignName;
    QDateTime m_start;
    QDateTime m_deadline;
    int m_total = 0;
};

/// 401 responses per running rotation run: the old key's and the new key's unauthorized counts as the provider
/// reported them (key_versions.unauthorized_count), matched by the fingerprints the run recorded. One row per
/// unfinished run, most 401s first, at most maxRuns() rows.
class UnauthorizedChartModel : public ChartTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OldKey,
        NewKey,
        ColumnCount
    };
    static constexpr int maxRuns() { return 12; }

    explicit UnauthorizedChartModel(WorkspaceStore &store, QObject *parent = nullptr);

    /// The run of a row.
    qint64 runIdAt(int row) const { return m_runIds.value(row); }
    /// Unfinished runs left out beyond maxRuns().
    int hiddenRuns() const { return m_hidden; }

    void reload() override;

private:
    WorkspaceStore &m_store;
    QList<qint64> m_runIds;
    int m_hidden = 0;
};

} // namespace keyturn
