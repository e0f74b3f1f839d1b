#pragma once

#include "../schedule/Scheduler.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace keyturn {

class Clock;
class WorkspaceStore;

/// The rotation calendar: a row per rotation the schedules plan in the coming weeks (13 by default), with flags for
/// what needs a person's eye. Colours and badges come from the UI.
class CalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Week, ///< "Week 49 · 30 Nov": what the view groups rows by
        Date,
        Key,
        Provider,
        Environment,
        Services,
        Schedule,
        Flags,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Flag
    {
        NoFlag = 0,
        Collision = 1, ///< another key of one of its services rotates within 24 h
        Blackout = 2,  ///< planned inside a blackout window: it starts at the window's end
        NoOverlap = 4, ///< the provider cannot hold two keys: an outage window, started by an operator
        Overdue = 8,   ///< its time has passed: the next run-due starts it
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        FlagsRole,        ///< the Flag bits as int
        FlagReasonsRole,  ///< QStringList: one explanation per flag
        CredentialIdRole, ///< qint64
        TimestampRole,    ///< QDateTime: when the rotation starts (UTC)
        WeekStartRole,    ///< QDate: the Monday of its week
    };

    struct Row
    {
        PlannedRotation plan;
        int flags = NoFlag;
        QStringList reasons;
    };

    CalendarModel(WorkspaceStore &store, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int horizonWeeks() const { return m_weeks; }
    /// How far ahead the calendar looks; reloads.
    void setHorizonWeeks(int weeks);
    /// A flag's short name, as a badge shows it ("collision").
    static QString flagLabel(Flag flag);
    static QList<Flag> allFlags();

public Q_SLOTS:
    /// Plans again from the store. On failure the model keeps what it showed and emits loadFailed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void reloaded();

private:
    WorkspaceStore &m_store;
    const Clock &m_clock;
    int m_weeks = 13;
    QList<Row> m_rows;
};

/// Filters the calendar to flagged rows and by free text (key, provider, environment, services).
class CalendarFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CalendarFilterModel(QObject *parent = nullptr);

    void setOnlyFlagged(bool only);
    bool onlyFlagged() const { return m_onlyFlagged; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyFlagged = false;
    QString m_text;
};

} // namespace keyturn
