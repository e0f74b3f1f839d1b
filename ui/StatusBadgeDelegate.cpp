#include "StatusBadgeDelegate.h"

#include "core/models/InventoryModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace keyturn {

QColor statusColor(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Healthy: return QColor(0x2e, 0x7d, 0x32);
    case KeyStatus::Stale: return QColor(0x6d, 0x6d, 0x6d);
    case KeyStatus::DueSoon: return QColor(0xb2, 0x6a, 0x00);
    case KeyStatus::PotentiallyStale: return QColor(0x5d, 0x40, 0x37);
    case KeyStatus::Overdue: return QColor(0xc6, 0x28, 0x28);
    case KeyStatus::OverdueCritical: return QColor(0x8e, 0x00, 0x3b);
    case KeyStatus::Rotating: return QColor(0x15, 0x65, 0xc0);
    case KeyStatus::Revoked: return QColor(0x42, 0x42, 0x42);
    }
    return QColor(Qt::gray);
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto status = KeyStatus(index.data(InventoryModel::StatusRole).toInt());
    const QColor color = statusColor(status);
    const QFontMetrics fm(opt.font);
    // a narrow column elides the label; the tooltip (the model's reasons) still says it all
    const int room = std::max(0, opt.rect.width() - 8);
    const QString shown = fm.elidedText(text, Qt::ElideRight, std::max(0, room - 16));
    const int w = std::min(room, fm.horizontalAdvance(shown) + 16);
    const int h = fm.height() + 4;
    QRect badge(opt.rect.left() + 4, opt.rect.center().y() - h / 2 + 1, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, shown);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace keyturn
