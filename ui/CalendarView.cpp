#include "CalendarView.h"
#include "Shortcuts.h"
#include "Theme.h"

#include "core/Workspace.h"
#include "core/domain/Clock.h"
#include "core/models/CalendarModel.h"
#include "core/models/InventoryModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace keyturn {

QColor calendarFlagColor(int flag)
{
    switch (flag) {
    case CalendarModel::Collision: return QColor(0xc6, 0x28, 0x28);
    case CalendarModel::Blackout: return QColor(0x45, 0x27, 0xa0);
    case CalendarModel::NoOverlap: return QColor(0xb2, 0x6a, 0x00);
    case CalendarModel::Overdue: return QColor(0x8e, 0x00, 0x3b);
    default: return QColor(Qt::gray);
    }
}

void CalendarFlagsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int flags = index.data(CalendarModel::FlagsRole).toInt();
    const QFontMetrics fm(opt.font);
    const int h = fm.height() + 4;
    int x = opt.rect.left() + 4;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (CalendarModel::Flag flag : CalendarModel::allFlags()) {
        if (!(flags & flag))
            continue;
        const QString text = CalendarModel::flagLabel(flag);
        const int room = opt.rect.right() - 4 - x;
        if (room < 24)
            break; // the tooltip still names every flag
        const QString shown = fm.elidedText(text, Qt::ElideRight, room - 16);
        const int w = std::min(room, fm.horizontalAdvance(shown) + 16);
        const QRect badge(x, opt.rect.center().y() - h / 2 + 1, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(calendarFlagColor(flag));
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, shown);
        x += w + 4;
    }
    painter->restore();
}

QSize CalendarFlagsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int flags = index.data(CalendarModel::FlagsRole).toInt();
    const QFontMetrics fm(option.font);
    int w = 8;
    for (CalendarModel::Flag flag : CalendarModel::allFlags()) {
        if (flags & flag)
            w += fm.horizontalAdvance(CalendarModel::flagLabel(flag)) + 20;
    }
    size.setWidth(std::max(size.width(), w));
    return size;
}

CalendarView::CalendarView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new CalendarModel(workspace.store(), workspace.clock(), this)),
      m_filter(new CalendarFilterModel(this)), m_table(new QTableView(this)), m_onlyFlagged(new QCheckBox(this)),
      m_search(new QLineEdit(this)), m_summary(new QLabel(this)), m_error(new QLabel(this)),
      m_blackoutList(new QListWidget(this)), m_kind(new QComboBox(this)), m_kindPages(new QStackedWidget(this)),
      m_start(new QDateTimeEdit(this)), m_end(new QDateTimeEdit(this)), m_weekday(new QComboBox(this)),
      m_from(new QTimeEdit(this)), m_to(new QTimeEdit(this)), m_reason(new QLineEdit(this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Filter by key, provider, environment or service"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter planned rotations"));
    addFindShortcut(this, m_search, QStringLiteral("calendarFindAction"), tr("Filter the planned rotations"),
                    tr("Show the planned rotations whose key, provider, environment or service contains "
                       "this text."));
    m_onlyFlagged->setText(tr("Only flagged"));
    m_onlyFlagged->setToolTip(tr("Show only rotations that collide, fall in a blackout window, are overdue, or whose "
                                 "provider cannot hold two keys"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &CalendarFilterModel::setText);
    connect(m_onlyFlagged, &QCheckBox::toggled, m_filter, &CalendarFilterModel::setOnlyFlagged);

    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Planned rotations"));
    showFocusFrame(m_table);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setItemDelegateForColumn(CalendarModel::Flags, new CalendarFlagsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fit the columns to the rows in view: measuring 1,000 rows' texts (Qt's default) on every keystroke that changes
    // how many rows match costs more than the filtering itself at 600,000 rows.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setSectionResizeMode(CalendarModel::Flags, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    // the week column spans its rows: a table grouped by week, always in date order
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CalendarView::updateSpansAndSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CalendarView::updateSpansAndSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CalendarView::updateSpansAndSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CalendarView::updateSpansAndSummary);
    connect(m_model, &CalendarModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_stale = true; // the next show tries again
    });
    // planning 100,000 keys takes a moment: a hidden calendar only notes that it is out of date
    if (InventoryModel *inventory = workspace.inventoryModel()) {
        m_model->setInventory(inventory);
        connect(inventory, &InventoryModel::reloaded, this, [this] {
            if (isVisible())
                m_model->reload();
            else
                m_stale = true;
        });
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_onlyFlagged);
    // made after the table: Tab in the order shown
    setTabOrder(m_search, m_onlyFlagged);
    setTabOrder(m_onlyFlagged, m_table);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(buildBlackoutPanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 340});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Error);
    loadBlackouts(); // the calendar itself plans when the view is first shown
}

void CalendarView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

QWidget *CalendarView::buildBlackoutPanel()
{
    auto *box = new QGroupBox(tr("Blackout windows"), this);
    auto *layout = new QVBoxLayout(box);
    auto *intro = new QLabel(tr("No scheduled rotation starts inside these windows (UTC); run-due starts it when the "
                                "window ends."),
                             box);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_blackoutList->setWordWrap(true);
    m_blackoutList->setAccessibleName(tr("Blackout windows"));
    showFocusFrame(m_blackoutList);
    m_blackoutList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_blackoutList, 1);
    m_remove->setEnabled(false);
    connect(m_blackoutList, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeBlackout(m_blackoutList->currentRow()); });
    layout->addWidget(m_remove, 0, Qt::AlignRight);

    m_kind->addItem(tr("From – to (dates)"));
    m_kind->addItem(tr("Every week"));
    const QDateTime tomorrow(m_workspace.clock().now().date().addDays(1), QTime(0, 0), Qt::UTC);
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_start->setDateTime(tomorrow);
    m_end->setDateTime(tomorrow.addDays(1));
    auto *fixed = new QWidget(this);
    auto *fixedForm = new QFormLayout(fixed);
    fixedForm->setContentsMargins(0, 0, 0, 0);
    fixedForm->addRow(tr("Start (UTC)"), m_start);
    fixedForm->addRow(tr("End (UTC)"), m_end);
    for (int day : {1, 2, 3, 4, 5, 6, 0})
        m_weekday->addItem(QLocale().dayName(day == 0 ? 7 : day), day);
    m_weekday->setCurrentIndex(4); // Friday: the usual change freeze
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setTime(QTime(16, 0));
    m_to->setTime(QTime(23, 59));
    auto *weekly = new QWidget(this);
    auto *weeklyForm = new QFormLayout(weekly);
    weeklyForm->setContentsMargins(0, 0, 0, 0);
    weeklyForm->addRow(tr("Day"), m_weekday);
    weeklyForm->addRow(tr("From (UTC)"), m_from);
    weeklyForm->addRow(tr("To, inclusive (UTC)"), m_to);
    m_kindPages->addWidget(fixed);
    m_kindPages->addWidget(weekly);
    connect(m_kind, &QComboBox::currentIndexChanged, m_kindPages, &QStackedWidget::setCurrentIndex);

    m_reason->setPlaceholderText(tr("Reason, such as holiday freeze"));
    auto *add = new QPushButton(tr("Add window"), box);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addBlackout(windowFromForm()))
            m_reason->clear();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(m_kindPages);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    layout->addWidget(add, 0, Qt::AlignRight);
    layout->addWidget(m_error);
    // Tab in the order shown: the list and its Remove button, then the form
    setTabOrder(m_blackoutList, m_remove);
    setTabOrder(m_remove, m_kind);
    return box;
}

BlackoutWindow CalendarView::windowFromForm() const
{
    BlackoutWindow w;
    w.reason = m_reason->text().trimmed();
    if (m_kind->currentIndex() == 0) {
        w.kind = BlackoutWindow::Kind::Fixed;
        w.start = m_start->dateTime().toUTC();
        w.end = m_end->dateTime().toUTC();
    } else {
        w.kind = BlackoutWindow::Kind::Weekly;
        w.weekday = m_weekday->currentData().toInt();
        w.from = m_from->time();
        w.to = m_to->time();
    }
    return w;
}

void CalendarView::reload()
{
    m_stale = false;
    loadBlackouts();
    m_model->reload();
}

void CalendarView::loadBlackouts()
{
    auto windows = readBlackouts(m_workspace.store());
    if (!windows) {
        m_error->setText(windows.errorMessage());
        return;
    }
    m_blackouts = *windows;
    m_blackoutList->clear();
    for (const auto &w : m_blackouts)
        m_blackoutList->addItem(w.describe());
    if (m_blackouts.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None: scheduled rotations may start at any time"));
        none->setFlags(Qt::NoItemFlags);
        m_blackoutList->addItem(none);
    }
    m_remove->setEnabled(false);
}

bool CalendarView::saveBlackouts(const QList<BlackoutWindow> &windows)
{
    if (auto r = writeBlackouts(m_workspace.store(), windows); !r) {
        m_error->setText(r.errorMessage());
        return false;
    }
    m_error->clear();
    reload();
    return true;
}

bool CalendarView::addBlackout(const BlackoutWindow &window)
{
    if (auto v = validateBlackout(window); !v) {
        m_error->setText(tr("The window was not added: %1").arg(v.errorMessage()));
        return false;
    }
    QList<BlackoutWindow> windows = m_blackouts;
    windows.append(window);
    return saveBlackouts(windows);
}

bool CalendarView::removeBlackout(int row)
{
    if (row < 0 || row >= m_blackouts.size())
        return false;
    QList<BlackoutWindow> windows = m_blackouts;
    windows.removeAt(row);
    return saveBlackouts(windows);
}

void CalendarView::updateSpansAndSummary()
{
    // one pass over the rows shown, reading the weeks from the model's arrays (no data() per row)
    m_table->clearSpans();
    const int rows = m_filter->rowCount();
    int first = 0;
    qint64 week = rows > 0 ? m_model->weekAt(m_filter->sourceRow(0)) : 0;
    for (int i = 1; i <= rows; ++i) {
        const qint64 next = i < rows ? m_model->weekAt(m_filter->sourceRow(i)) : week;
        if (i < rows && next == week)
            continue;
        if (i - first > 1)
            m_table->setSpan(first, CalendarModel::Week, i - first, 1);
        first = i;
        week = next;
    }

    // the counts are the model's, made at reload
    QStringList parts;
    for (CalendarModel::Flag flag : CalendarModel::allFlags()) {
        if (const int count = m_model->flagCount(flag); count > 0)
            parts.append(QStringLiteral("%1 %2").arg(count).arg(CalendarModel::flagLabel(flag)));
    }
    const int flagged = m_model->flaggedCount();
    QString text =
        tr("%n planned rotations in the next %1 weeks", nullptr, m_model->rowCount()).arg(m_model->horizonWeeks());
    if (flagged > 0)
        text += tr(" · %n flagged (%1)", nullptr, flagged).arg(parts.join(QStringLiteral(", ")));
    if (rows != m_model->rowCount())
        text += tr(" · %n shown", nullptr, rows);
    m_summary->setText(text);
}

} // namespace keyturn
