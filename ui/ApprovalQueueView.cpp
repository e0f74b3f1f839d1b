#include "ApprovalQueueView.h"
#include "Theme.h"

#include "NoticeEditDialog.h"
#include "RejectNoticeDialog.h"
#include "Shortcuts.h"
#include "core/Workspace.h"
#include "core/models/NoticesModel.h"
#include "core/notices/NoticeStore.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace keyturn {

namespace {
/// Sorts the notices and marks urgent ones (bold, in red, in the Kind column): the look stays out of the core model.
class NoticesProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if ((role == Qt::FontRole || role == Qt::ForegroundRole) && index.column() == NoticesModel::Kind &&
            index.data(NoticesModel::UrgentRole).toBool()) {
            if (role == Qt::ForegroundRole)
                return Theme::color(Theme::Tone::Error);
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

enum Page
{
    ListPage,
    EmptyPage
};

const QKeySequence kApproveKey(Qt::CTRL | Qt::Key_Return);
const QKeySequence kApproveSelectedKey(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
// Ctrl+R rotates a key (the Keys menu), so rejecting takes the shifted chord.
const QKeySequence kRejectKey(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
const QKeySequence kEditKey(Qt::Key_F2);

bool isEditable(const QString &state)
{
    return state == NoticeState::Draft || state == NoticeState::Pending || state == NoticeState::Approved ||
           state == NoticeState::Failed;
}

bool isRejectable(const QString &state)
{
    return state == NoticeState::Pending || state == NoticeState::Approved;
}

QString eventLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("drafted"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "drafted")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "approved")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "rejected")},
        {QStringLiteral("edited"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "edited")},
        {QStringLiteral("sending"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "sending")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "sent")},
        {QStringLiteral("retry"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "approved again for delivery")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "failed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "cancelled")},
        {QStringLiteral("rescheduled"), QT_TRANSLATE_NOOP("keyturn::ApprovalQueueView", "rescheduled")},
    };
    const auto it = labels.constFind(action);
    return it != labels.constEnd() ? ApprovalQueueView::tr(it.value()) : action;
}

/// A unified diff with its added and removed lines coloured.
QString diffHtml(const QString &diff)
{
    QString html = QStringLiteral("<pre style=\"margin-left: 12px\">");
    const QStringList lines = diff.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString escaped = line.toHtmlEscaped();
        if (line.startsWith(QLatin1Char('+')) && !line.startsWith(QLatin1String("+++")))
            html += QStringLiteral("<span style=\"color:%1\">%2</span>\n")
                        .arg(Theme::color(Theme::Tone::Success).name(), escaped);
        else if (line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1String("---")))
            html += QStringLiteral("<span style=\"color:%1\">%2</span>\n")
                        .arg(Theme::color(Theme::Tone::Error).name(), escaped);
        else
            html += escaped + QLatin1Char('\n');
    }
    return html + QStringLiteral("</pre>");
}

constexpr char kFieldProperty[] = "noticeField"; ///< a detail label's field name

/// A screen reader reads a label by its accessible name: the field's name and its value, as the form shows them.
void nameDetailLabels(const QList<QLabel *> &labels)
{
    for (QLabel *label : labels) {
        const QString field = label->property(kFieldProperty).toString();
        label->setAccessibleName(label->text().isEmpty() ? field
                                                         : ApprovalQueueView::tr("%1: %2").arg(field, label->text()));
    }
}

QLabel *detailLabel(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setProperty(kFieldProperty, accessible);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ApprovalQueueView::ApprovalQueueView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new NoticesModel(workspace.notices(), this)),
      m_proxy(new NoticesProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NoticesModel::SortRole);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("stateFilter"));
    m_filter->setAccessibleName(tr("Show notices"));
    m_filter->addItem(tr("Waiting for approval"), QStringList{NoticeState::Pending});
    m_filter->addItem(tr("Approved"), QStringList{NoticeState::Approved, NoticeState::Sending});
    m_filter->addItem(tr("Drafts"), QStringList{NoticeState::Draft, NoticeState::Rejected});
    m_filter->addItem(tr("Sent"), QStringList{NoticeState::Sent});
    m_filter->addItem(tr("Failed"), QStringList{NoticeState::Failed});
    m_filter->addItem(tr("All"), QStringList());
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("noticesCount"));
    m_refresh = new QPushButton(tr("&Refresh"), this); // Alt+F opens the File menu
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Refresh the approval queue"));
    m_refresh->setToolTip(tr("Read the notices again (another engineer may have approved or edited some)."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("noticesTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("Notices"));
    showFocusFrame(m_table);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NoticesModel::SendAt, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The subject takes what the other columns leave, so the whole row fits without scrolling.
    m_table->horizontalHeader()->setSectionResizeMode(NoticesModel::Subject, QHeaderView::Stretch);
    const int timeWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-24 12:00 UTC")) + 24;
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    const QString widestKind = NoticesModel::tr("%1 (urgent)").arg(NoticesModel::kindLabel(NoticeKind::Emergency));
    const int kindWidth = QFontMetrics(boldFont).horizontalAdvance(widestKind) + 24;
    const QList<QPair<int, int>> widths = {
        {NoticesModel::State, 135},    {NoticesModel::Kind, kindWidth}, {NoticesModel::Consumer, 125},
        {NoticesModel::Key, 150},      {NoticesModel::Campaign, 130},   {NoticesModel::SendAt, timeWidth},
        {NoticesModel::DraftedBy, 85}, {NoticesModel::ApprovedBy, 90},
    };
    for (const auto &[column, width] : widths)
        // never narrower than the column's title, which is longer in some languages
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));

    // The empty state: a heading and what fills the list, centred where the list would be.
    auto *emptyPage = new QWidget(this);
    m_emptyTitle = new QLabel(emptyPage);
    m_emptyTitle->setObjectName(QStringLiteral("approvalQueueEmptyTitle"));
    QFont headingFont = m_emptyTitle->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_emptyTitle->setFont(headingFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("approvalQueueEmpty"));
    m_empty->setAccessibleName(tr("Approval queue is empty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMaximumWidth(560);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    // Centred by stretches rather than by alignment: an aligned word-wrapped label gets too little height.
    auto *emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_empty, 4);
    emptyRow->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addStretch(3);

    // The details: what the consumer will receive, and the actions on it.
    m_title = detailLabel(this, QStringLiteral("noticeTitle"), tr("Notice"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_to = detailLabel(this, QStringLiteral("noticeTo"), tr("To"));
    m_subject = detailLabel(this, QStringLiteral("noticeSubject"), tr("Subject"));
    m_sendAt = detailLabel(this, QStringLiteral("noticeSendAt"), tr("Send at"));
    m_state = detailLabel(this, QStringLiteral("noticeState"), tr("State"));
    m_campaign = detailLabel(this, QStringLiteral("noticeCampaign"), tr("Campaign"));
    m_people = detailLabel(this, QStringLiteral("noticePeople"), tr("Drafted and approved by"));
    m_note = detailLabel(this, QStringLiteral("noticeNote"), tr("Note"));
    Theme::setTone(m_note, Theme::Tone::Error);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Send at:"), m_sendAt);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Campaign:"), m_campaign);
    form->addRow(tr("People:"), m_people);

    auto button = [this](const QString &name, const QString &text, const QString &accessible, const QKeySequence &key) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        if (!key.isEmpty())
            b->setShortcut(key);
        return b;
    };
    m_approve = button(QStringLiteral("approveButton"), tr("Approve"), tr("Approve the notice"), kApproveKey);
    m_approveSelected = button(QStringLiteral("approveSelectedButton"), tr("Approve selected"),
                               tr("Approve every selected notice"), kApproveSelectedKey);
    m_reject = button(QStringLiteral("rejectButton"), tr("Reject…"), tr("Reject the notice with a reason"), kRejectKey);
    m_edit = button(QStringLiteral("editButton"), tr("Edit…"), tr("Edit the notice"), kEditKey);
    m_approve->setDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_approveSelected);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);

    auto *summary = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 8, 0);
    summaryLayout->addWidget(m_title);
    summaryLayout->addLayout(form);
    summaryLayout->addWidget(m_note);
    summaryLayout->addSpacing(8);
    summaryLayout->addLayout(buttons);
    summaryLayout->addStretch(1);

    m_html = new QTextBrowser(this);
    m_html->setObjectName(QStringLiteral("htmlPreview"));
    m_html->setAccessibleName(tr("HTML preview"));
    showFocusFrame(m_html);
    // A link in a notice is for the consumer; the preview never opens it.
    m_html->setOpenLinks(false);
    m_html->setOpenExternalLinks(false);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textPreview"));
    m_text->setAccessibleName(tr("Plain-text preview"));
    showFocusFrame(m_text);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_history = new QTextBrowser(this);
    m_history->setObjectName(QStringLiteral("noticeHistory"));
    m_history->setAccessibleName(tr("History of the notice"));
    showFocusFrame(m_history);
    m_history->setOpenLinks(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setAccessibleName(tr("Preview"));
    m_tabs->addTab(m_html, tr("HTML"));
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_history, tr("History"));
    // after the buttons, Tab reaches the tab bar, then the page it shows
    setTabOrder(m_edit, m_tabs);
    setTabOrder(m_tabs, m_html);
    setTabOrder(m_html, m_text);
    setTabOrder(m_text, m_history);

    auto *details = new QSplitter(Qt::Horizontal, this);
    details->setObjectName(QStringLiteral("noticeDetails"));
    details->setChildrenCollapsible(false);
    details->addWidget(summary);
    details->addWidget(m_tabs);
    details->setStretchFactor(0, 2);
    details->setStretchFactor(1, 3);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("approvalSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(ListPage, splitter);
    m_pages->insertWidget(EmptyPage, emptyPage);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("approvalMessage"));
    m_message->setAccessibleName(tr("Approval queue message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addSpacing(12);
    top->addWidget(m_count, 1);
    top->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStates(m_filter->currentData().toStringList());
        restore({});
    });
    connect(m_refresh, &QPushButton::clicked, this, &ApprovalQueueView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalQueueView::updateActions);
    connect(m_model, &NoticesModel::loadFailed, this,
            [this](const QString &message) { showMessage(tr("Could not load the notices: %1").arg(message)); });
    connect(m_approve, &QPushButton::clicked, this, &ApprovalQueueView::approveCurrent);
    connect(m_approveSelected, &QPushButton::clicked, this, &ApprovalQueueView::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalQueueView::rejectCurrent);
    connect(m_edit, &QPushButton::clicked, this, &ApprovalQueueView::editCurrent);
    // the history's diff is coloured for the palette: drawn again when the system switches light/dark
    connect(Theme::instance(), &Theme::changed, this, &ApprovalQueueView::updateDetails);

    m_model->setStates(m_filter->currentData().toStringList());
    restore({});
}

ApprovalQueueView::~ApprovalQueueView() = default;

void ApprovalQueueView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

const NoticeRecord *ApprovalQueueView::currentNotice() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return nullptr;
    return &m_model->noticeAt(current.row());
}

qint64 ApprovalQueueView::currentNoticeId() const
{
    const NoticeRecord *notice = currentNotice();
    return notice ? notice->id : 0;
}

QList<qint64> ApprovalQueueView::selectedNoticeIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << m_model->noticeAt(m_proxy->mapToSource(index).row()).id;
    return ids;
}

bool ApprovalQueueView::selectNotice(qint64 noticeId)
{
    const int row = m_model->rowOfNotice(noticeId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    selectRow(index.row());
    return true;
}

void ApprovalQueueView::selectRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

ApprovalQueueView::Position ApprovalQueueView::position() const
{
    Position where{currentNoticeId(), m_table->currentIndex().row()};
    // After a batch the first selected row is where the eye is.
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        where.row = where.row < 0 ? index.row() : std::min(where.row, index.row());
    return where;
}

void ApprovalQueueView::restore(const Position &where)
{
    const int rows = m_proxy->rowCount();
    const bool kept = where.noticeId && selectNotice(where.noticeId);
    // A notice that left the list (approved, rejected) gives its place to its neighbour, else the first one is shown.
    if (!kept && rows > 0)
        selectRow(where.row >= 0 ? std::min(where.row, rows - 1) : 0);
    else if (!kept)
        m_table->selectionModel()->clear();
    updateEmptyState();
    updateDetails();
    updateActions();
}

void ApprovalQueueView::reload()
{
    const Position where = position();
    m_model->reload();
    restore(where);
}

void ApprovalQueueView::refreshNotices(const QList<qint64> &ids)
{
    const Position where = position();
    m_model->refreshNotices(ids);
    restore(where);
}

void ApprovalQueueView::setReviewBlocked(const QString &why)
{
    m_reviewBlocked = why;
    updateActions();
}

void ApprovalQueueView::updateEmptyState()
{
    const int total = m_model->rowCount();
    m_count->setText(total == 1 ? tr("1 notice") : tr("%1 notices").arg(total));
    if (total > 0) {
        m_pages->setCurrentIndex(ListPage);
        return;
    }
    const QStringList states = m_model->states();
    QString title = tr("No notices");
    QString text;
    if (states.contains(NoticeState::Pending)) {
        title = tr("Nothing to approve");
        text = tr("No notices wait for approval. Campaigns draft them; nothing reaches a consumer before an engineer "
                  "approves it.");
    } else if (states.contains(NoticeState::Approved)) {
        text = tr("No approved notices wait to be sent.");
    } else if (states.contains(NoticeState::Draft)) {
        text = tr("No drafts. A rejected notice comes back here until someone edits it and submits it again.");
    } else if (states.contains(NoticeState::Sent)) {
        text = tr("No notice has been sent yet.");
    } else if (states.contains(NoticeState::Failed)) {
        text = tr("No notice failed to send.");
    } else {
        text = tr("No notices yet. Campaigns draft them; nothing reaches a consumer before an engineer approves it.");
    }
    m_emptyTitle->setText(title);
    m_empty->setText(text);
    m_pages->setCurrentIndex(EmptyPage);
}

void ApprovalQueueView::updateDetails()
{
    const NoticeRecord *notice = currentNotice();
    const QList<QLabel *> fields = {m_title, m_to, m_subject, m_sendAt, m_state, m_campaign, m_people, m_note};
    if (!notice) {
        for (QLabel *label : fields)
            label->clear();
        m_title->setText(tr("No notice selected"));
        m_note->hide();
        m_html->clear();
        m_text->clear();
        m_history->clear();
        nameDetailLabels(fields);
        return;
    }
    const NoticeRecord &n = *notice;
    m_title->setText(n.urgent ? tr("Notice #%1 · %2 · urgent").arg(n.id).arg(NoticesModel::kindLabel(n.kind))
                              : tr("Notice #%1 · %2").arg(n.id).arg(NoticesModel::kindLabel(n.kind)));
    m_to->setText(n.consumerName.isEmpty() ? n.recipient : tr("%1 <%2>").arg(n.consumerName, n.recipient));
    m_subject->setText(n.subject);
    QString sendAt = n.sendAt.isValid() ? NoticesModel::utcText(n.sendAt) : tr("as soon as it is approved");
    if (n.sentAt.isValid())
        sendAt = tr("%1 (sent %2)").arg(sendAt, NoticesModel::utcText(n.sentAt));
    else if (n.deadlineAt.isValid())
        sendAt = tr("%1 (deadline %2)").arg(sendAt, NoticesModel::utcText(n.deadlineAt));
    m_sendAt->setText(sendAt);
    m_state->setText(NoticesModel::stateLabel(n.state));
    m_campaign->setText(n.credentialName.isEmpty() ? n.campaignName
                                                   : tr("%1 (key %2)").arg(n.campaignName, n.credentialName));
    QString people = tr("drafted by %1").arg(n.draftedBy);
    if (!n.lastEditedBy.isEmpty())
        people += tr(", last edited by %1").arg(n.lastEditedBy);
    if (!n.approvedBy.isEmpty())
        people += tr(", approved by %1").arg(n.approvedBy);
    m_people->setText(people);
    QString note;
    if (n.state == NoticeState::Failed && !n.lastError.isEmpty())
        note = tr("Delivery failed: %1").arg(n.lastError);
    else if ((n.state == NoticeState::Draft || n.state == NoticeState::Rejected) && !n.rejectionReason.isEmpty())
        note = tr("Rejected: %1").arg(n.rejectionReason);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    nameDetailLabels(fields);

    if (auto rendered = NoticeTemplates::render(n.bodyMarkdown)) {
        m_html->setHtml(rendered->html);
        m_text->setPlainText(rendered->text);
    } else {
        const QString problem = tr("This notice cannot be rendered: %1").arg(rendered.errorMessage());
        m_html->setPlainText(problem);
        m_text->setPlainText(problem);
    }

    auto events = m_workspace.notices().events(n.id);
    if (!events) {
        m_history->setPlainText(tr("Could not load the history: %1").arg(events.errorMessage()));
        return;
    }
    QString html;
    for (const NoticeEvent &e : std::as_const(*events)) {
        QString line = tr("<b>%1</b> · %2 · %3")
                           .arg(NoticesModel::utcText(e.at).toHtmlEscaped(), e.actor.toHtmlEscaped(),
                                eventLabel(e.action).toHtmlEscaped());
        if (!e.fromState.isEmpty() && e.fromState != e.toState)
            line += tr(" (%1 → %2)")
                        .arg(NoticesModel::stateLabel(e.fromState).toHtmlEscaped(),
                             NoticesModel::stateLabel(e.toState).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(line);
        if (e.detail.isEmpty())
            continue;
        if (e.action == QLatin1String("edited"))
            html += diffHtml(e.detail);
        else
            html += QStringLiteral("<p style=\"margin-left: 12px\">%1</p>").arg(e.detail.toHtmlEscaped());
    }
    m_history->setHtml(html.isEmpty() ? tr("<p>No history recorded.</p>") : html);
}

void ApprovalQueueView::updateActions()
{
    const NoticeRecord *notice = currentNotice();
    const QString none = tr("Select a notice first.");

    QString blocker = notice ? m_workspace.notices().approvalBlocker(*notice) : none;
    m_approve->setEnabled(blocker.isEmpty());
    m_approve->setToolTip(blocker.isEmpty() ? withShortcut(tr("Approve this notice for sending"), kApproveKey)
                                            : blocker);

    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_approveSelected->setText(selected > 1 ? tr("Approve selected (%1)").arg(selected) : tr("Approve selected"));
    m_approveSelected->setShortcut(kApproveSelectedKey); // a new text sets the shortcut to its mnemonic
    m_approveSelected->setEnabled(selected > 0);
    m_approveSelected->setToolTip(
        selected > 0 ? withShortcut(tr("Approve every selected notice; if one of them cannot be approved, none is"),
                                    kApproveSelectedKey)
                     : none);

    const bool rejectable = notice && isRejectable(notice->state);
    m_reject->setEnabled(rejectable);
    m_reject->setToolTip(!notice      ? none
                         : rejectable ? withShortcut(tr("Send the notice back to the drafts with a reason"), kRejectKey)
                                      : tr("Only a notice waiting for approval, or approved and not yet sent, can be "
                                           "rejected."));

    const bool editable = notice && isEditable(notice->state);
    m_edit->setEnabled(editable);
    m_edit->setToolTip(!notice    ? none
                       : editable ? withShortcut(tr("Edit the subject and body; the notice then waits for approval "
                                                    "again"),
                                                 kEditKey)
                                  : tr("A notice that was sent, is being sent or was cancelled cannot be edited."));
    if (!m_reviewBlocked.isEmpty()) {
        // the database would refuse: say so before anyone tries
        for (QPushButton *b : {m_approve, m_approveSelected, m_reject, m_edit}) {
            b->setEnabled(false);
            b->setToolTip(m_reviewBlocked);
        }
    }
}

void ApprovalQueueView::showMessage(const QString &text)
{
    m_message->setText(text);
}

void ApprovalQueueView::showFailure(const QString &title, const QString &message)
{
    m_lastError = message;
    showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("approvalQueueError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ApprovalQueueView::finishAction(const Position &where, const QString &error, const QString &title,
                                     const QString &success)
{
    m_model->reload();
    restore(where);
    Q_EMIT noticesChanged();
    if (!error.isEmpty()) {
        showFailure(title, error);
        return;
    }
    m_lastError.clear();
    showMessage(success);
}

void ApprovalQueueView::approveIds(const QList<qint64> &ids, Position where)
{
    if (ids.isEmpty())
        return;
    const auto approved = m_workspace.notices().approve(ids);
    QString success;
    if (ids.size() == 1)
        success = tr("Notice #%1 approved; it is sent at its send time.").arg(ids.first());
    else
        success = tr("%1 notices approved; each is sent at its send time.").arg(ids.size());
    finishAction(where, approved.errorMessage(),
                 ids.size() == 1 ? tr("Notice not approved") : tr("Notices not approved"), success);
}

void ApprovalQueueView::approveCurrent()
{
    const NoticeRecord *notice = currentNotice();
    if (!notice)
        return;
    // The button is disabled when the blocker is known; the store checks again (someone may have edited it).
    Position where = position();
    where.row = m_table->currentIndex().row();
    approveIds({notice->id}, where);
}

void ApprovalQueueView::approveSelected()
{
    approveIds(selectedNoticeIds(), position());
}

void ApprovalQueueView::rejectCurrent()
{
    const NoticeRecord *notice = currentNotice();
    if (!notice || !isRejectable(notice->state))
        return;
    const qint64 id = notice->id;
    auto *dialog = new RejectNoticeDialog(*notice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        Position where = position();
        where.row = m_table->currentIndex().row();
        const auto rejected = m_workspace.notices().reject(id, dialog->reason());
        finishAction(where, rejected.errorMessage(), tr("Notice not rejected"),
                     tr("Notice #%1 rejected; it is back in the drafts with your reason.").arg(id));
    });
    dialog->open();
}

void ApprovalQueueView::editCurrent()
{
    const NoticeRecord *notice = currentNotice();
    if (!notice || !isEditable(notice->state))
        return;
    const qint64 id = notice->id;
    const qint64 version = notice->rowVersion;
    NoticeStore &store = m_workspace.notices();
    auto *dialog = new NoticeEditDialog(
        *notice,
        [&store, id, version](const QString &subject, const QString &body) {
            return store.edit(id, version, subject, body);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        Position where = position();
        where.noticeId = id;
        finishAction(where, {}, {}, tr("Notice #%1 saved; it waits for approval again.").arg(id));
    });
    dialog->open();
}

} // namespace keyturn
