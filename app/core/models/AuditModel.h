#pragma once

#include "../audit/AuditQuery.h"

#include <QAbstractTableModel>

namespace keyturn {

class Database;

/// The audit history as a table for the audit view, read a page at a time: it never loads the whole log. It holds a
/// window of at most maxRows() rows; scrolling to the end fetches the next page (canFetchMore/fetchMore), and when the
/// window is full the rows at the other end are dropped and can be fetched back (canFetchPrevious/fetchPrevious).
/// locateEvent() moves the window to any event ("jump to event"). Lives in the core so it is tested without a display.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time, ///< UTC
        Actor,
        Action,
        Target, ///< "run 12", "credential 3"
        KeyVersion,
        OldFingerprint,
        NewFingerprint,
        Details, ///< a one-line summary; the tooltip holds the stored JSON
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        EventIdRole = Qt::UserRole + 1, ///< qint64
        EventRole,                      ///< the whole AuditEvent
        CanonicalJsonRole,              ///< the hashed bytes, as a QString
        HashRole,                       ///< the event's hash (hex), as a QString
        TargetTypeRole,                 ///< credential, run, notice, …: where "jump to" leads
        TargetIdRole,
    };

    explicit AuditModel(const Database &db, QObject *parent = nullptr);

    /// The queries behind the model (e.g. to change its scan limit).
    AuditQuery &query() { return m_query; }
    void setPageSize(int rows) { m_pageSize = std::clamp(rows, 10, 5000); }
    int pageSize() const { return m_pageSize; }
    /// The most rows kept at once (at least two pages).
    void setMaxRows(int rows) { m_maxRows = std::max(rows, 2 * m_pageSize); }
    int maxRows() const { return m_maxRows; }

    AuditFilter filter() const { return m_filter; }
    AuditOrder order() const { return m_order; }
    /// Replaces the filter and shows its first page. On failure (an unknown key) the model is empty and lastError()
    /// says why; returns whether it succeeded.
    bool setFilter(const AuditFilter &filter);
    void setOrder(AuditOrder order);
    /// Shows the first page again (after new events were written).
    void refresh();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Towards the end of the order (older events when newest first).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Towards the start of the order, when the window no longer begins there (after a jump, or dropped rows).
    bool canFetchPrevious() const;
    void fetchPrevious();

    const AuditEvent &eventAt(int row) const { return m_rows.at(row).event; }
    /// The row of an event in the window, or -1.
    int rowOfEvent(qint64 eventId) const;
    /// Moves the window so it holds the event and returns its row; -1 when it does not exist or the filter leaves it
    /// out (lastError() says which).
    int locateEvent(qint64 eventId);

    /// Free text and combined filters look at a bounded number of rows per fetch: true when the last fetch stopped
    /// there before it found a page; fetching more continues from searchedTo().
    bool isSearchCutOff() const { return m_cutOff; }
    QDateTime searchedTo() const { return m_searchedTo; }

Q_SIGNALS:
    /// A read failed; the rows shown stay as they were.
    void errorOccurred(const QString &message);
    /// isSearchCutOff() or searchedTo() changed.
    void searchStateChanged();

private:
    struct Row
    {
        AuditEvent event;
        QString summary;
    };
    struct End
    {
        bool atEnd = true;
        qint64 resumeAfterId = 0;
    };

    Row makeRow(AuditEvent event) const;
    /// One page towards the end (forward) or the start, repeated a few times while a bounded scan finds nothing.
    Result<AuditPage> fetch(bool forward, qint64 afterId);
    void setCutOff(const AuditPage &page);
    void fail(const QString &message);

    AuditQuery m_query;
    AuditFilter m_filter;
    AuditOrder m_order = AuditOrder::NewestFirst;
    int m_pageSize = 200;
    int m_maxRows = 5000;
    QList<Row> m_rows;
    End m_bottom; // further in the order
    End m_top;    // back towards its start
    bool m_cutOff = false;
    QDateTime m_searchedTo;
    QString m_error;
    bool m_changing = false; // inside a begin…/end… pair: a fetch asked for from a signal handler waits
};

} // namespace keyturn

Q_DECLARE_METATYPE(keyturn::AuditEvent)
