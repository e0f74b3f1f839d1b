#include "AuditView.h"
#include "Shortcuts.h"
#include "Theme.h"

#include "core/Workspace.h"
#include "core/domain/Clock.h"
#include "core/models/AuditModel.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace keyturn {

namespace {
void setBold(QWidget *widget, bool bold)
{
    QFont font = widget->font();
    font.setBold(bold);
    widget->setFont(font);
}

constexpr int kCountCap = 10000;
constexpr char kFieldProperty[] = "auditField"; ///< a value label's field name, for its accessible name
constexpr int kDebounceMs = 250;
constexpr int kPollMs = 100;
constexpr int kProgressSteps = 1000;

/// The evidence pack's stages, in the order it runs them (EvidenceProgress names them so).
const QStringList &evidenceStages()
{
    static const QStringList stages = {QStringLiteral("verify"), QStringLiteral("export"), QStringLiteral("summaries"),
                                       QStringLiteral("manifest")};
    return stages;
}

QDateTime startOfUtcDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

/// Shows a value in its label; a screen reader names the label by its field and reads the value with it (an empty
/// label would otherwise be an unnamed stop in the tab chain).
void showValue(QLabel *value, const QString &field, const QString &text)
{
    value->setText(text);
    value->setAccessibleName(text.isEmpty() ? field : QStringLiteral("%1 %2").arg(field, text));
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

AuditView::AuditView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new AuditModel(workspace.database(), this))
{
    setObjectName(QStringLiteral("auditView"));
    QLayout *filterRows = buildFilterBar();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("auditVerification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showBad = new QPushButton(this);
    m_showBad->setObjectName(QStringLiteral("showBadEventButton"));
    m_showBad->hide();
    auto *banner = new QHBoxLayout;
    banner->addWidget(m_verification, 1);
    banner->addWidget(m_showBad);
    m_verification->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("Audit history"));
    showFocusFrame(m_table);
    // When a fetch towards older events drops rows at the top, the rows on screen stay where they were; a selected
    // event that leaves the window is unselected rather than replaced by its neighbour. Connected before the table
    // sees the model, so that this runs before the table moves its current row (and scrolls to it).
    auto anchor = std::make_shared<qint64>(0);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, anchor](const QModelIndex &, int first, int last) {
                *anchor = 0;
                const int top = m_table->rowAt(0);
                if (first == 0 && top > last)
                    *anchor = m_model->eventAt(top).id;
                if (const int current = m_table->currentIndex().row(); current >= first && current <= last)
                    m_table->selectionModel()->clear();
            });
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 20;
    const QList<QPair<int, QString>> widths = {
        {AuditModel::Time, QStringLiteral("0000-00-00 00:00:00")},
        {AuditModel::Actor, QStringLiteral("scheduler-bot")},
        {AuditModel::Action, QStringLiteral("rotation.new_key_created")},
        {AuditModel::Target, QStringLiteral("credential 0000")},
        {AuditModel::KeyVersion, tr("Key version")},
        {AuditModel::OldFingerprint, QStringLiteral("sha256:0000000000000000")},
        {AuditModel::NewFingerprint, QStringLiteral("sha256:0000000000000000")},
    };
    for (const auto &[column, sample] : widths)
        m_table->setColumnWidth(column, fm.horizontalAdvance(sample) + pad);

    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("auditDetails"));
    buildDetails(details);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("auditSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({540, 250});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    auto *further = new QPushButton(tr("Search further"), this);
    further->setObjectName(QStringLiteral("searchFurtherButton"));
    further->setToolTip(tr("Look at the next stretch of older events for the free text."));
    further->hide();
    m_newer = new QPushButton(tr("Newer events…"), this);
    m_newer->setObjectName(QStringLiteral("newerEventsButton"));
    m_newer->setToolTip(tr("Read the newer events above the ones shown."));
    m_newer->hide();
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("auditRefreshButton"));
    m_refresh->setToolTip(tr("Read the history again from the newest event."));
    // Alt+V opens the View menu: the mnemonic is E
    m_verify = new QPushButton(tr("V&erify chain…"), this);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    const QKeySequence verifyKey(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    m_verify->setToolTip(withShortcut(tr("Check every event's hash and link, name the first altered, removed or "
                                         "reordered event, and record the result in the log."),
                                      verifyKey));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    const QKeySequence exportKey(Qt::CTRL | Qt::SHIFT | Qt::Key_X); // Ctrl+E moves to the end of a line in a field
    m_export->setToolTip(withShortcut(tr("Write the events the current filter shows as CSV or JSON Lines, ending with "
                                         "the chain's head hash."),
                                      exportKey));
    // Chords that work from anywhere in the view while it is shown (the buttons keep their mnemonics).
    auto chord = [this](const QString &name, QPushButton *target, const QKeySequence &key) {
        auto *action = new QAction(target->text().remove(QLatin1Char('&')), this);
        action->setObjectName(name);
        action->setShortcut(key);
        addAction(action);
        target->setAccessibleDescription(withShortcut(target->text().remove(QLatin1Char('&')), key));
        connect(action, &QAction::triggered, target, [target] {
            if (target->isEnabled())
                target->click();
        });
    };
    chord(QStringLiteral("verifyChainAction"), m_verify, verifyKey);
    chord(QStringLiteral("auditExportAction"), m_export, exportKey);
    m_pack = new QPushButton(tr("Evidence &pack…"), this);
    m_pack->setObjectName(QStringLiteral("evidencePackButton"));
    m_pack->setToolTip(tr("Write a folder for auditors: the period's events, a summary per control (SOC 2, "
                          "ISO 27001, PCI-DSS), the verification result and a SHA-256 manifest."));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(further);
    bottom->addWidget(m_newer);
    bottom->addWidget(m_refresh);
    bottom->addSpacing(16);
    bottom->addWidget(m_verify);
    bottom->addWidget(m_export);
    bottom->addWidget(m_pack);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRows);
    layout->addWidget(m_message);
    layout->addLayout(banner);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AuditView::applyFilter);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &AuditView::pollJob);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::updateDetails);
    // The model settles what lies beyond its window only once a fetch has returned: asked afterwards.
    auto updateNewerLater = [this] { QMetaObject::invokeMethod(this, &AuditView::updateNewer, Qt::QueuedConnection); };
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, updateNewerLater] {
        updateDetails();
        updateNewerLater();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateNewerLater);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this, anchor, updateNewerLater] {
        updateNewerLater();
        if (const int row = *anchor ? m_model->rowOfEvent(*anchor) : -1; row >= 0)
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
        *anchor = 0;
    });
    connect(m_model, &AuditModel::searchStateChanged, this, [this, further] {
        further->setVisible(m_model->isSearchCutOff());
        updateStatus();
    });
    connect(m_model, &AuditModel::errorOccurred, this,
            [this](const QString &message) { showMessage(tr("Could not read the history: %1").arg(message), true); });
    connect(further, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    connect(m_newer, &QPushButton::clicked, this, [this] {
        m_model->fetchPrevious();
        m_table->scrollToTop();
    });
    connect(m_refresh, &QPushButton::clicked, this, &AuditView::reload);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyChain(true); });
    connect(m_export, &QPushButton::clicked, this, &AuditView::askToExport);
    connect(m_pack, &QPushButton::clicked, this, &AuditView::askForEvidencePack);
    connect(m_goTo, &QPushButton::clicked, this, &AuditView::goToTarget);
    // a double-click, or Enter on the current row
    connect(m_table, &QAbstractItemView::activated, this, &AuditView::goToTarget);
    connect(m_showBad, &QPushButton::clicked, this, [this] {
        if (m_lastVerification && m_lastVerification->firstBadId > 0)
            showAuditEvent(m_lastVerification->firstBadId);
    });

    updateDetails();
    updateStatus();
}

AuditView::~AuditView()
{
    if (m_job) {
        m_jobState->cancel = true;
        m_job->wait();
        delete m_job;
    }
}

QLayout *AuditView::buildFilterBar()
{
    const QDate today = m_workspace.clock().now().toUTC().date();
    auto makeDate = [this](const QString &name, const QString &accessible, const QDate &date) {
        auto *edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        return edit;
    };
    m_sinceCheck = new QCheckBox(tr("From"), this);
    m_sinceCheck->setObjectName(QStringLiteral("auditSinceCheck"));
    m_sinceCheck->setToolTip(tr("Only events on or after this day (UTC); unticked: from the first event."));
    m_since = makeDate(QStringLiteral("auditSince"), tr("First day (UTC)"), today.addDays(-30));
    m_untilCheck = new QCheckBox(tr("to"), this);
    m_untilCheck->setObjectName(QStringLiteral("auditUntilCheck"));
    m_untilCheck->setToolTip(tr("Only events on or before this day (UTC); unticked: up to the newest event."));
    m_until = makeDate(QStringLiteral("auditUntil"), tr("Last day (UTC)"), today);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setAccessibleName(tr("Action type"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->lineEdit()->setClearButtonEnabled(true);
    m_action->setToolTip(tr("An action (notice.approved), a family (rotation.*), or several separated by commas."));
    m_action->setMinimumContentsLength(20);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMaxVisibleItems(24);

    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setAccessibleName(tr("Actor"));
    m_actor->setMinimumContentsLength(12);
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actor->addItem(tr("Any actor"), QString());

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("auditKeyFilter"));
    m_key->setAccessibleName(tr("Key"));
    m_key->setPlaceholderText(tr("Key name or id"));
    m_key->setClearButtonEnabled(true);
    m_key->setToolTip(tr("A key's own events and those of its versions, runs, notices, campaigns and alerts."));

    m_keyVersion = new QSpinBox(this);
    m_keyVersion->setObjectName(QStringLiteral("auditKeyVersionFilter"));
    m_keyVersion->setAccessibleName(tr("Key version"));
    m_keyVersion->setRange(0, 1000000);
    m_keyVersion->setSpecialValueText(tr("any"));
    m_keyVersion->setPrefix(QStringLiteral("v"));
    m_keyVersion->setToolTip(tr("Only events about this key version."));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search actor, action, target, fingerprints and details…"));
    m_search->setClearButtonEnabled(true);
    addFindShortcut(this, m_search, QStringLiteral("auditFindAction"), tr("Search the history"),
                    tr("Free text to look for in the events' actor, action, target, fingerprints and details."));

    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("auditClearFilters"));

    auto *first = new QHBoxLayout;
    first->addWidget(m_sinceCheck);
    first->addWidget(m_since);
    first->addWidget(m_untilCheck);
    first->addWidget(m_until);
    first->addSpacing(12);
    first->addWidget(new QLabel(tr("Action:"), this));
    first->addWidget(m_action, 2);
    first->addWidget(new QLabel(tr("Actor:"), this));
    first->addWidget(m_actor, 1);
    auto *second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("Key:"), this));
    second->addWidget(m_key, 1);
    second->addWidget(new QLabel(tr("Version:"), this));
    second->addWidget(m_keyVersion);
    second->addSpacing(12);
    second->addWidget(m_search, 3);
    second->addWidget(m_clear);
    auto *rows = new QVBoxLayout;
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(first);
    rows->addLayout(second);

    connect(m_sinceCheck, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_untilCheck, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    for (QCheckBox *check : {m_sinceCheck, m_untilCheck})
        connect(check, &QCheckBox::toggled, this, &AuditView::scheduleFilter);
    for (QDateEdit *edit : {m_since, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &AuditView::scheduleFilter);
    connect(m_action, &QComboBox::currentTextChanged, this, &AuditView::scheduleFilter);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditView::scheduleFilter);
    connect(m_key, &QLineEdit::textChanged, this, &AuditView::scheduleFilter);
    connect(m_keyVersion, &QSpinBox::valueChanged, this, &AuditView::scheduleFilter);
    connect(m_search, &QLineEdit::textChanged, this, &AuditView::scheduleFilter);
    connect(m_clear, &QPushButton::clicked, this, &AuditView::clearFilters);
    return rows;
}

void AuditView::buildDetails(QWidget *pane)
{
    m_detailsTitle = new QLabel(pane);
    m_detailsTitle->setObjectName(QStringLiteral("auditDetailsTitle"));
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    m_detailsTitle->setFont(titleFont);

    auto *fieldsBox = new QWidget(pane);
    m_fields = new QFormLayout(fieldsBox);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setLabelAlignment(Qt::AlignRight);
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("auditFieldTime"), tr("Time (UTC):")},
        {QStringLiteral("auditFieldActor"), tr("Actor:")},
        {QStringLiteral("auditFieldAction"), tr("Action:")},
        {QStringLiteral("auditFieldTarget"), tr("Target:")},
        {QStringLiteral("auditFieldKeyVersion"), tr("Key version:")},
        {QStringLiteral("auditFieldOldFingerprint"), tr("Old fingerprint:")},
        {QStringLiteral("auditFieldNewFingerprint"), tr("New fingerprint:")},
        {QStringLiteral("auditFieldDetails"), tr("Details:")},
    };
    for (const auto &[name, label] : fields) {
        QLabel *value = valueLabel(fieldsBox, name);
        value->setProperty(kFieldProperty, label);
        m_fieldValues << value;
        m_fields->addRow(label, value);
    }
    m_goTo = new QPushButton(tr("Go to…"), pane);
    m_goTo->setObjectName(QStringLiteral("auditGoToButton"));
    auto *goRow = new QHBoxLayout;
    goRow->addWidget(m_goTo);
    goRow->addStretch(1);
    m_fields->addRow(QString(), goRow);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_json = new QPlainTextEdit(pane);
    m_json->setObjectName(QStringLiteral("auditCanonicalJson"));
    m_json->setAccessibleName(tr("Canonical JSON of the event"));
    showFocusFrame(m_json);
    m_json->setReadOnly(true);
    m_json->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_json->setFont(mono);
    m_json->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_json->setToolTip(tr("The exact bytes that are hashed: hash = SHA-256(previous hash ‖ this JSON)."));
    m_hash = valueLabel(pane, QStringLiteral("auditHash"));
    m_prevHash = valueLabel(pane, QStringLiteral("auditPrevHash"));
    for (QLabel *label : {m_hash, m_prevHash})
        label->setFont(mono);
    auto *hashes = new QFormLayout;
    hashes->setContentsMargins(0, 0, 0, 0);
    hashes->addRow(tr("Hash:"), m_hash);
    hashes->addRow(tr("Previous hash:"), m_prevHash);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(new QLabel(tr("Canonical JSON (the hashed bytes):"), pane));
    right->addWidget(m_json, 1);
    right->addLayout(hashes);

    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(fieldsBox, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_detailsTitle);
    layout->addLayout(columns, 1);
}

AuditFilter AuditView::filterFromControls() const
{
    AuditFilter f;
    if (m_sinceCheck->isChecked())
        f.since = startOfUtcDay(m_since->date());
    if (m_untilCheck->isChecked())
        f.until = startOfUtcDay(m_until->date().addDays(1)); // the day shown is included
    for (const QString &part : m_action->currentText().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString action = part.trimmed(); !action.isEmpty())
            f.actions << action;
    }
    f.actor = m_actor->currentData().toString();
    f.key = m_key->text().trimmed();
    if (m_keyVersion->value() > 0)
        f.keyVersion = m_keyVersion->value();
    f.text = m_search->text().trimmed();
    return f;
}

qint64 AuditView::selectedEventId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AuditModel::EventIdRole).toLongLong() : 0;
}

qint64 AuditView::headId() const
{
    auto head = m_workspace.audit().head();
    return head ? head->first : -1;
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        ensureLoaded();
    else if (headId() != m_loadedHead)
        reload();
}

void AuditView::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    refillChoices();
    applyFilter();
}

void AuditView::scheduleFilter()
{
    if (m_applying)
        return;
    if (m_loaded)
        m_debounce->start();
}

void AuditView::refillChoices()
{
    const QSignalBlocker actionBlock(m_action);
    const QSignalBlocker actorBlock(m_actor);
    const QString actionText = m_action->currentText();
    const QString actor = m_actor->currentData().toString();
    QStringList problems;
    m_action->clear();
    if (auto names = m_model->query().actionNames()) {
        // each family first ("rotation.*": every rotation event), then its actions
        QString family;
        for (const QString &name : *names) {
            const QString prefix = name.section(QLatin1Char('.'), 0, 0);
            if (name.contains(QLatin1Char('.')) && prefix != family) {
                family = prefix;
                m_action->addItem(family + QStringLiteral(".*"));
            }
            m_action->addItem(name);
        }
    } else {
        problems << names.errorMessage();
    }
    m_action->setEditText(actionText);
    m_actor->clear();
    m_actor->addItem(tr("Any actor"), QString());
    if (auto names = m_model->query().actorNames()) {
        for (const QString &name : *names)
            m_actor->addItem(name, name);
    } else {
        problems << names.errorMessage();
    }
    const int actorIndex = m_actor->findData(actor);
    if (actorIndex < 0 && !actor.isEmpty())
        m_actor->addItem(actor, actor); // an actor typed in before keeps its place
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    if (!problems.isEmpty())
        showMessage(tr("Could not read the filter choices: %1").arg(problems.join(QStringLiteral("; "))), true);
}

void AuditView::applyFilter()
{
    m_debounce->stop();
    if (!m_loaded) {
        ensureLoaded();
        return;
    }
    const qint64 keep = selectedEventId();
    const AuditFilter filter = filterFromControls();
    m_loadedHead = headId();
    const bool ok = m_model->setFilter(filter);
    m_countText.clear();
    if (!ok) {
        QString why = m_model->lastError();
        if (!why.isEmpty())
            why[0] = why.at(0).toUpper();
        showMessage(tr("%1 — no events are shown.").arg(why), true);
    } else {
        showMessage(filter.since.isValid() && filter.until.isValid() && filter.until <= filter.since
                        ? tr("The period ends before it starts: no event can match.")
                        : QString(),
                    false);
        if (auto count = m_model->query().count(filter, kCountCap)) {
            m_countText = !count->exact       ? tr("at least %L1 events").arg(count->value)
                          : count->value == 1 ? tr("1 event")
                                              : tr("%L1 events").arg(count->value);
        }
    }
    const int row = keep ? m_model->rowOfEvent(keep) : -1;
    selectRow(row >= 0 ? row : 0);
    updateStatus();
    updateNewer();
}

void AuditView::clearFilters()
{
    {
        m_applying = true;
        m_sinceCheck->setChecked(false);
        m_untilCheck->setChecked(false);
        m_action->setEditText(QString());
        m_actor->setCurrentIndex(0);
        m_key->clear();
        m_keyVersion->setValue(0);
        m_search->clear();
        m_applying = false;
    }
    applyFilter();
}

void AuditView::reload()
{
    if (!m_loaded) {
        ensureLoaded();
        return;
    }
    refillChoices();
    applyFilter();
}

void AuditView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clear();
        updateDetails();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool AuditView::showAuditEvent(qint64 eventId)
{
    ensureLoaded();
    m_debounce->stop();
    int row = m_model->rowOfEvent(eventId);
    if (row < 0) {
        auto matches = m_model->query().matches(m_model->filter(), eventId);
        if ((!matches || !*matches) && !m_model->filter().isEmpty())
            clearFilters();
        row = m_model->locateEvent(eventId);
    }
    if (row < 0) {
        showMessage(tr("Event %1 cannot be shown: %2").arg(eventId).arg(m_model->lastError()), true);
        return false;
    }
    showMessage(QString(), false);
    selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    updateNewer();
    return true;
}

void AuditView::updateNewer()
{
    m_newer->setVisible(m_model->canFetchPrevious());
}

void AuditView::updateStatus()
{
    QStringList parts;
    if (!m_loaded)
        parts << tr("The history is read when the view is shown.");
    else if (!m_countText.isEmpty())
        parts << m_countText;
    if (m_model->isSearchCutOff() && m_model->searchedTo().isValid())
        parts << tr("searched back to %1 — scroll to search further").arg(isoUtc(m_model->searchedTo()));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void AuditView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    Theme::setTone(m_message, error ? Theme::Tone::Error : Theme::Tone::None);
    m_message->setVisible(!text.isEmpty());
}

AuditView::Target AuditView::targetOf(const AuditEvent &event) const
{
    bool ok = false;
    const qint64 id = event.targetId.toLongLong(&ok);
    if (ok && id > 0) {
        if (event.targetType == QLatin1String("credential"))
            return {Target::Credential, id};
        if (event.targetType == QLatin1String("run"))
            return {Target::Run, id};
        if (event.targetType == QLatin1String("notice"))
            return {Target::Notice, id};
    }
    // Other targets (a key version, an alert) name what they belong to in their details.
    const QJsonObject details = QJsonDocument::fromJson(event.details).object();
    auto idIn = [&details](const char *key) {
        const QJsonValue v = details.value(QLatin1String(key));
        return v.isDouble() ? qint64(v.toDouble()) : v.toString().toLongLong();
    };
    if (const qint64 notice = idIn("notice_id"); notice > 0)
        return {Target::Notice, notice};
    if (const qint64 run = idIn("run_id"); run > 0)
        return {Target::Run, run};
    if (const qint64 credential = idIn("credential_id"); credential > 0)
        return {Target::Credential, credential};
    return {};
}

void AuditView::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const bool has = current.isValid();
    if (!has) {
        m_detailsTitle->setText(m_model->rowCount() ? tr("Select an event to see its canonical JSON and hash.")
                                                    : tr("No event to show."));
        for (QLabel *label : std::as_const(m_fieldValues))
            showValue(label, label->property(kFieldProperty).toString(), QString());
        m_json->clear();
        showValue(m_hash, tr("Hash:"), QString());
        showValue(m_prevHash, tr("Previous hash:"), QString());
        m_goTo->setText(tr("Go to…"));
        m_goTo->setEnabled(false);
        m_goTo->setToolTip(QString());
        return;
    }
    const AuditEvent &e = m_model->eventAt(current.row());
    m_detailsTitle->setText(tr("Event %1").arg(e.id));
    const QStringList values = {
        isoUtc(e.at),
        e.actor,
        e.action,
        e.targetId.isEmpty() ? e.targetType : e.targetType + QLatin1Char(' ') + e.targetId,
        e.keyVersion ? tr("v%1").arg(*e.keyVersion) : QString(),
        e.oldFingerprint,
        e.newFingerprint,
        m_model->index(current.row(), AuditModel::Details).data().toString(),
    };
    for (int i = 0; i < m_fieldValues.size(); ++i)
        showValue(m_fieldValues.at(i), m_fieldValues.at(i)->property(kFieldProperty).toString(), values.value(i));
    m_json->setPlainText(current.data(AuditModel::CanonicalJsonRole).toString());
    showValue(m_hash, tr("Hash:"), current.data(AuditModel::HashRole).toString());
    showValue(m_prevHash, tr("Previous hash:"), QString::fromLatin1(e.prevHash));

    const Target target = targetOf(e);
    switch (target.kind) {
    case Target::Credential: m_goTo->setText(tr("Go to key")); break;
    case Target::Run: m_goTo->setText(tr("Go to run %1").arg(target.id)); break;
    case Target::Notice: m_goTo->setText(tr("Go to notice %1").arg(target.id)); break;
    case Target::None: m_goTo->setText(tr("Go to…")); break;
    }
    m_goTo->setEnabled(target.kind != Target::None);
    m_goTo->setToolTip(target.kind == Target::None ? tr("This event is not about a key, a run or a notice.")
                                                   : QString());
}

void AuditView::goToTarget()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Target target = targetOf(m_model->eventAt(current.row()));
    switch (target.kind) {
    case Target::Credential: Q_EMIT credentialRequested(target.id); break;
    case Target::Run: Q_EMIT runRequested(target.id); break;
    case Target::Notice: Q_EMIT noticeRequested(target.id); break;
    case Target::None: break;
    }
}

// ---- jobs on a worker thread

bool AuditView::startJob(const QString &title, bool interactive, JobWork work,
                         std::function<QString(const JobState &)> progressText,
                         std::function<void(const QString &openError, bool cancelled)> finished)
{
    if (m_job) {
        m_lastJobError = tr("Wait for the running verification, export or evidence pack to finish; nothing was "
                            "started.");
        showMessage(m_lastJobError, true);
        return false;
    }
    auto state = std::make_shared<JobState>();
    auto openError = std::make_shared<QString>();
    const QString location = m_workspace.location();
    // Its own connection: QtSql connections belong to the thread that opened them.
    m_job = QThread::create([state, openError, location, work = std::move(work)] {
        Database::Options options;
        options.createIfMissing = false;
        auto db = Database::open(location, options);
        if (!db) {
            *openError = db.errorMessage();
            return;
        }
        work(**db, *state);
    });
    m_jobState = state;
    m_jobText = std::move(progressText);
    m_lastJobError.clear();
    for (QPushButton *button : {m_verify, m_export, m_pack})
        button->setEnabled(false);
    if (interactive) {
        m_progress = new QProgressDialog(this);
        m_progress->setWindowTitle(title);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(300);
        m_progress->setRange(0, 0);
        m_progress->setLabelText(m_jobText(*state));
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (!m_jobState)
                return;
            m_jobState->cancel = true;
            m_progress->setLabelText(tr("Cancelling…"));
        });
    }
    connect(m_job, &QThread::finished, this, [this, state, openError, finished = std::move(finished)] {
        m_poll->stop();
        m_job->deleteLater();
        m_job = nullptr;
        m_jobState.reset();
        if (m_progress) {
            m_progress->deleteLater();
            m_progress->hide();
            m_progress = nullptr;
        }
        for (QPushButton *button : {m_verify, m_export, m_pack})
            button->setEnabled(true);
        m_lastJobError.clear();
        finished(*openError, state->cancel.load());
    });
    m_poll->start();
    m_job->start(QThread::LowPriority);
    return true;
}

void AuditView::pollJob()
{
    if (!m_progress || !m_jobState)
        return;
    if (m_jobState->cancel)
        return;
    const qint64 total = m_jobState->total;
    const qint64 done = m_jobState->done;
    if (total > 0) {
        m_progress->setRange(0, kProgressSteps);
        m_progress->setValue(int(std::clamp<qint64>(done * kProgressSteps / total, 0, kProgressSteps - 1)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setLabelText(m_jobText(*m_jobState));
}

void AuditView::cancelJob()
{
    if (m_jobState)
        m_jobState->cancel = true;
}

void AuditView::verifyChain(bool interactive)
{
    auto out = std::make_shared<std::optional<Result<AuditVerification>>>();
    const Clock &clock = m_workspace.clock();
    const bool started = startJob(
        tr("Verify the audit chain"), interactive,
        [out, &clock](Database &db, JobState &state) {
            AuditLog log(db, clock);
            *out = log.verify([&state](qint64 done, qint64 total) {
                state.done = done;
                state.total = total;
                return !state.cancel;
            });
        },
        [](const JobState &state) {
            return state.total > 0 ? tr("Checked %L1 of %L2 events…").arg(state.done.load()).arg(state.total.load())
                                   : tr("Reading the audit chain…");
        },
        [this, out](const QString &openError, bool) {
            QString error = openError;
            if (error.isEmpty() && !out->has_value())
                error = tr("the verification stopped unexpectedly");
            else if (error.isEmpty() && !**out)
                error = (*out)->errorMessage();
            if (!error.isEmpty()) {
                m_lastJobError = tr("Could not verify the chain: %1").arg(error);
                showMessage(m_lastJobError, true);
                Q_EMIT verificationFinished(false);
                return;
            }
            const AuditVerification v = (*out)->value();
            if (v.cancelled) {
                m_lastJobError = tr("Verification cancelled after %L1 events: nothing was concluded or recorded.")
                                     .arg(v.eventsChecked);
                showMessage(m_lastJobError, false);
                Q_EMIT verificationFinished(false);
                return;
            }
            auto recorded = m_workspace.audit().recordVerification(v, m_workspace.actor());
            m_lastVerification = v;
            m_lastVerificationEventId = recorded ? recorded->id : 0;
            showVerification(v, m_lastVerificationEventId, recorded ? QString() : recorded.errorMessage());
            reload(); // the verification is the newest event
            Q_EMIT verificationFinished(true);
        });
    if (!started)
        Q_EMIT verificationFinished(false);
}

void AuditView::showVerification(const AuditVerification &v, qint64 eventId, const QString &recordError)
{
    QString text;
    if (v.intact) {
        text = tr("✔ Chain intact: %L1 events checked; head is event %2 with hash %3.")
                   .arg(v.eventsChecked)
                   .arg(v.headId)
                   .arg(QString::fromLatin1(v.headHash));
        Theme::setTone(m_verification, Theme::Tone::Success);
        setBold(m_verification, false);
    } else {
        text = tr("✘ Chain broken at event %1: %2").arg(v.firstBadId).arg(v.problem);
        Theme::setTone(m_verification, Theme::Tone::Error);
        setBold(m_verification, true);
    }
    if (eventId > 0)
        text += QLatin1Char(' ') + tr("Recorded as event %1.").arg(eventId);
    else if (!recordError.isEmpty())
        text += QLatin1Char(' ') + tr("The result could not be recorded: %1").arg(recordError);
    m_verification->setText(text);
    m_verification->show();
    m_showBad->setVisible(!v.intact && v.firstBadId > 0);
    m_showBad->setText(tr("Show event %1").arg(v.firstBadId));
}

void AuditView::exportTo(const QString &path, AuditExportFormat format, bool interactive)
{
    if (path.trimmed().isEmpty()) {
        m_lastJobError = tr("Name a file to export to; nothing was written.");
        showMessage(m_lastJobError, true);
        Q_EMIT exportFinished(false);
        return;
    }
    ensureLoaded();
    const AuditFilter filter = m_model->filter(); // what the table shows, not keystrokes still waiting
    auto out = std::make_shared<std::optional<Result<AuditExportSummary>>>();
    std::optional<qint64> expected;
    if (auto count = m_model->query().count(filter, kCountCap); count && count->exact)
        expected = count->value;
    const bool started = startJob(
        tr("Export the audit history"), interactive,
        [out, filter, format, path, expected](Database &db, JobState &state) {
            state.total = expected.value_or(0);
            *out = exportAuditToFile(db, filter, format, path, [&state](qint64 rows) {
                state.done = rows;
                return !state.cancel;
            });
        },
        [](const JobState &state) {
            return state.total > 0 ? tr("Wrote %L1 of %L2 events…").arg(state.done.load()).arg(state.total.load())
                                   : tr("Wrote %L1 events…").arg(state.done.load());
        },
        [this, out, path, interactive](const QString &openError, bool) {
            QString error = openError;
            if (error.isEmpty() && !out->has_value())
                error = tr("the export stopped unexpectedly; %1 was left as it was").arg(path);
            else if (error.isEmpty() && !**out)
                error = (*out)->errorMessage();
            if (!error.isEmpty()) {
                m_lastJobError = tr("Nothing was exported: %1").arg(error);
                showMessage(m_lastJobError, true);
                if (interactive)
                    QMessageBox::warning(this, tr("Export"), m_lastJobError);
                Q_EMIT exportFinished(false);
                return;
            }
            const AuditExportSummary s = (*out)->value();
            m_lastExport = s;
            const QString text = tr("Exported %L1 events to %2. The file ends with the chain head: event %3, hash %4.")
                                     .arg(s.rows)
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(s.headId)
                                     .arg(QString::fromLatin1(s.headHash));
            showMessage(text, false);
            if (interactive)
                QMessageBox::information(this, tr("Export"), text);
            Q_EMIT exportFinished(true);
        });
    if (!started)
        Q_EMIT exportFinished(false);
}

void AuditView::writeEvidencePack(const QDate &since, const QDate &until, const QString &folder, bool interactive)
{
    EvidencePackRequest request;
    request.since = startOfUtcDay(since);
    request.until = startOfUtcDay(until.addDays(1));
    request.folder = folder;
    auto out = std::make_shared<std::optional<Result<EvidencePackResult>>>();
    const Clock &clock = m_workspace.clock();
    const QString actor = m_workspace.actor();
    const bool started = startJob(
        tr("Write an evidence pack"), interactive,
        [out, request, &clock, actor](Database &db, JobState &state) {
            AuditLog log(db, clock);
            WorkspaceStore store(db, log, clock, actor);
            *out =
                keyturn::writeEvidencePack(store, request, [&state](const QString &stage, qint64 done, qint64 total) {
                    state.stage = int(evidenceStages().indexOf(stage));
                    state.done = done;
                    state.total = total;
                    return !state.cancel;
                });
        },
        [](const JobState &state) {
            switch (state.stage.load()) {
            case 0:
                return state.total > 0 ? tr("Verifying the chain: %L1 of %L2 events…")
                                             .arg(state.done.load())
                                             .arg(state.total.load())
                                       : tr("Verifying the chain…");
            case 1: return tr("Exporting the period: %L1 events…").arg(state.done.load());
            case 2: return tr("Writing the control summaries…");
            case 3: return tr("Writing the SHA-256 manifest…");
            default: return tr("Preparing the evidence pack…");
            }
        },
        [this, out, interactive](const QString &openError, bool) {
            QString error = openError;
            if (error.isEmpty() && !out->has_value())
                error = tr("it stopped unexpectedly; nothing was written");
            else if (error.isEmpty() && !**out)
                error = (*out)->errorMessage();
            reload(); // its verification is a new event (recorded even when a later stage failed)
            if (!error.isEmpty()) {
                m_lastJobError = tr("No evidence pack was written: %1").arg(error);
                showMessage(m_lastJobError, true);
                if (interactive)
                    QMessageBox::warning(this, tr("Evidence pack"), m_lastJobError);
                Q_EMIT evidencePackFinished(false);
                return;
            }
            const EvidencePackResult r = (*out)->value();
            m_lastPack = r;
            QString text = tr("Evidence pack written to %1: %L2 files covering %L3 events; keys overdue at the end "
                              "of the period: %L4.")
                               .arg(QDir::toNativeSeparators(r.folder))
                               .arg(r.files.size())
                               .arg(r.events)
                               .arg(r.overdueKeys);
            text += QLatin1Char(' ') + (r.verification.intact
                                            ? tr("The chain verified intact.")
                                            : tr("The chain is broken at event %1.").arg(r.verification.firstBadId));
            showMessage(text, !r.verification.intact);
            if (r.verificationEventId > 0) {
                m_lastVerification = r.verification;
                m_lastVerificationEventId = r.verificationEventId;
                showVerification(r.verification, r.verificationEventId, QString());
            }
            if (interactive)
                QMessageBox::information(this, tr("Evidence pack"), text);
            Q_EMIT evidencePackFinished(true);
        });
    if (!started)
        Q_EMIT evidencePackFinished(false);
}

// ---- dialogs: they only collect a path and hand it to the methods above

void AuditView::askToExport()
{
    ensureLoaded();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export the audit history"));
    auto *format = new QComboBox(&dialog);
    format->addItem(tr("CSV"), int(AuditExportFormat::Csv));
    format->addItem(tr("JSON Lines"), int(AuditExportFormat::JsonLines));
    auto *path = new QLineEdit(&dialog);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp = m_workspace.clock().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    path->setText(QDir(folder).filePath(QStringLiteral("keyturn-audit-%1.csv").arg(stamp)));
    auto *browse = new QPushButton(tr("Browse…"), &dialog);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(browse);
    const AuditFilter filter = m_model->filter();
    auto *what = new QLabel(&dialog);
    what->setWordWrap(true);
    what->setText(filter.isEmpty()
                      ? tr("The whole history (%1).").arg(m_countText)
                      : tr("The events the current filter shows (%1): %2.").arg(m_countText, filter.describe()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(what);
    form->addRow(tr("Format:"), format);
    form->addRow(tr("File:"), pathRow);
    form->addRow(buttons);
    auto formatOf = [format] { return AuditExportFormat(format->currentData().toInt()); };
    connect(format, &QComboBox::currentIndexChanged, &dialog, [path, formatOf] {
        const QFileInfo info(path->text());
        if (info.fileName().isEmpty())
            return;
        path->setText(
            QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + auditExportExtension(formatOf())));
    });
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, path, formatOf] {
        const QString ext = auditExportExtension(formatOf());
        const QString chosen = QFileDialog::getSaveFileName(&dialog, tr("Export to"), path->text(),
                                                            tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
        if (!chosen.isEmpty())
            path->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportTo(path->text().trimmed(), formatOf(), true);
}

void AuditView::askForEvidencePack()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Evidence pack"));
    const QDate today = m_workspace.clock().now().toUTC().date();
    auto makeDate = [&dialog](const QDate &date) {
        auto *edit = new QDateEdit(date, &dialog);
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    QDateEdit *since = makeDate(today.addDays(-90));
    QDateEdit *until = makeDate(today);
    auto *folder = new QLineEdit(&dialog);
    auto suggest = [since, until, folder] {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        folder->setText(
            QDir(base).filePath(QStringLiteral("keyturn-evidence-%1-to-%2")
                                    .arg(since->date().toString(Qt::ISODate), until->date().toString(Qt::ISODate))));
    };
    suggest();
    auto *browse = new QPushButton(tr("Browse…"), &dialog);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    auto *note = new QLabel(tr("The period's events (CSV and JSON Lines), a summary per control, the verification "
                               "of the whole chain and a SHA-256 manifest go into a new or empty folder. Days are "
                               "UTC; both are included."),
                            &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(note);
    form->addRow(tr("From:"), since);
    form->addRow(tr("To:"), until);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(buttons);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, folder] {
        const QString chosen = QFileDialog::getExistingDirectory(&dialog, tr("An empty folder for the pack"),
                                                                 QFileInfo(folder->text()).path());
        if (!chosen.isEmpty())
            folder->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    writeEvidencePack(since->date(), until->date(), folder->text().trimmed(), true);
}

} // namespace keyturn
