#pragma once

#include "core/domain/KeyStatus.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace keyturn {

/// Colours for each status, shared by badges, the dashboard and (later) charts.
QColor statusColor(KeyStatus status);

/// Paints the status column as a coloured badge; the tooltip (from the model) gives the reasons the monitoring
/// rules found ("Overdue: age 134 d, policy 90 d (overdue)").
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace keyturn
