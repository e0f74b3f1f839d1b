#pragma once

#include "core/schedule/Blackout.h"

#include <QColor>
#include <QStyledItemDelegate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimeEdit;

namespace keyturn {

class CalendarFilterModel;
class CalendarModel;
class Workspace;

/// The colour of a calendar flag's badge (CalendarModel::Flag).
QColor calendarFlagColor(int flag);

/// Paints the calendar's flags as coloured badges, one per flag; the tooltip explains each.
class CalendarFlagsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The rotation calendar: the rotations the schedules plan for the next 13 weeks, grouped by week, with the flags
/// that need a person's eye (collisions, blackouts, providers that cannot hold two keys, overdue keys), a filter for
/// flagged rows only, and the workspace's blackout windows with add and remove. It plans when it is shown, not
/// when it is built: at 100,000 keys that is 600,000 rows nobody may look at.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarView(Workspace &workspace, QWidget *parent = nullptr);

    CalendarModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *onlyFlaggedBox() const { return m_onlyFlagged; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *blackoutList() const { return m_blackoutList; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Whether the calendar waits for the next show to plan again (it plans when first shown, and an inventory
    /// reload while it is hidden only marks it out of date).
    bool isStale() const { return m_stale; }

public Q_SLOTS:
    /// Plans again and reads the blackout windows again.
    void reload();
    /// Adds the window described by the form (validated and audited by the core); false with a message on failure.
    bool addBlackout(const BlackoutWindow &window);
    /// Removes the window at `row` of the list.
    bool removeBlackout(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildBlackoutPanel();
    BlackoutWindow windowFromForm() const;
    void loadBlackouts();
    bool saveBlackouts(const QList<BlackoutWindow> &windows);
    void updateSpansAndSummary();

    Workspace &m_workspace;
    bool m_stale = true; ///< the model has to plan again before it is shown
    CalendarModel *m_model;
    CalendarFilterModel *m_filter;
    QTableView *m_table;
    QCheckBox *m_onlyFlagged;
    QLineEdit *m_search;
    QLabel *m_summary;
    QLabel *m_error;
    QListWidget *m_blackoutList;
    QList<BlackoutWindow> m_blackouts;
    QComboBox *m_kind;
    QStackedWidget *m_kindPages;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QComboBox *m_weekday;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLineEdit *m_reason;
    QPushButton *m_remove;
};

} // namespace keyturn
