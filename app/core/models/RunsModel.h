#pragma once

#include "../store/WorkspaceStore.h"

#include <QAbstractTableModel>

namespace keyturn {

class Clock;

/// Rotation runs as a table, newest first: what the Rotations view lists. Lives in the core so it is tested without a
/// display. A reload keeps rows that were there (new runs are inserted on top, changed ones emit dataChanged), so a
/// view's selection survives the periodic refresh.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Credential,
        Kind,
        State,
        StartedBy,
        StartedAt,
        Updated,
        NextAction,
        Error,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (ids, times)
        RunIdRole,
        StateNameRole, ///< the state machine's name of the state ("grace_period")
        TimestampRole, ///< the absolute UTC time of a time column
    };
    Q_ENUM(Column)

    RunsModel(WorkspaceStore &store, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The run shown in `row` (0 ≤ row < rowCount()).
    const RotationRunRecord &runAt(int row) const { return m_runs.at(row); }
    /// The row of a run, or -1.
    int rowOfRun(qint64 runId) const;

    /// A state as a person reads it ("grace period").
    static QString stateLabel(const QString &state);
    /// What the run waits for next, as of `now`: "due now", "in 4 min (14:03 UTC)", "operator: resume or roll back".
    static QString nextActionText(const RotationRunRecord &run, const QDateTime &now);
    static bool isFinished(const QString &state);

public Q_SLOTS:
    /// Reads the runs from the store again. On failure the model keeps what it showed and emits loadFailed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void reloaded();

private:
    WorkspaceStore &m_store;
    const Clock &m_clock;
    QList<RotationRunRecord> m_runs;
};

} // namespace keyturn
