#include "InventoryView.h"

#include "KeyDetailsPanel.h"
#include "Shortcuts.h"
#include "StatusBadgeDelegate.h"
#include "core/Workspace.h"
#include "core/models/InventoryModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace keyturn {

namespace {
const QString kSavedFiltersKey = QStringLiteral("inventory/savedFilters");
const QString kHiddenColumnsKey = QStringLiteral("inventory/hiddenColumns");
const QString kDetailsHeightKey = QStringLiteral("inventory/detailsHeight");

QString columnKey(int column)
{
    return QString::fromLatin1(QMetaEnum::fromType<InventoryModel::Column>().valueToKey(column));
}

/// A long run of letters and digits without separators is what a pasted API key looks like; names, paths and
/// fingerprints ("sha256:…") have separators. Such text is never written to the settings.
bool looksLikeKeyMaterial(const QString &text)
{
    static const QRegularExpression keyLike(QStringLiteral("^[A-Za-z0-9_+=]{24,}$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(), [](const QString &w) {
        return keyLike.match(w).hasMatch() && w.contains(digit) && w.contains(letter);
    });
}

/// The saved filters as stored: [{"name": …, "filter": {…}}, …] in the order they were saved.
QJsonArray readSavedFilters()
{
    const QByteArray json = QSettings().value(kSavedFiltersKey).toByteArray();
    return QJsonDocument::fromJson(json).array();
}

void writeSavedFilters(const QJsonArray &filters)
{
    QSettings().setValue(kSavedFiltersKey, QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
}

/// Selects the item with `value` as data, adding it when the combo has none (a saved filter may name a value no
/// key has any more: the combo then still says what is filtered).
void selectValue(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}
} // namespace

InventoryView::InventoryView(Workspace &workspace, QWidget *parent) : QWidget(parent)
{
    build(workspace.inventoryModel(), &workspace);
}

InventoryView::InventoryView(InventoryModel *model, QWidget *parent) : QWidget(parent)
{
    build(model, nullptr);
}

void InventoryView::build(InventoryModel *model, Workspace *workspace)
{
    m_model = model;
    m_filter = new InventoryFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(tr("Filter by name, provider, owner, service, vault path or fingerprint…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter inventory"));
    // Ctrl+F (the platform's Find) reaches the filter from anywhere in the view while it is shown
    addFindShortcut(this, m_search, QStringLiteral("inventoryFindAction"), tr("Filter the inventory"),
                    tr("Every word must appear in the key's name, provider, environment, owner, consumer, "
                       "vault path, fingerprint, prefix, services or labels."));

    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setAccessibleName(tr("Saved filters"));
    m_saved->setMinimumContentsLength(16);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saveFilter = new QPushButton(tr("Save filter…"), this);
    m_saveFilter->setObjectName(QStringLiteral("saveFilterButton"));
    m_saveFilter->setToolTip(tr("Name the current filters to pick them again later (kept in your settings on this "
                                "computer)."));
    m_deleteFilter = new QPushButton(tr("Delete"), this);
    m_deleteFilter->setObjectName(QStringLiteral("deleteFilterButton"));
    m_deleteFilter->setToolTip(tr("Forget the chosen saved filter."));
    m_clearFilters = new QPushButton(tr("Clear filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));

    auto makeCombo = [this](const QString &name, const QString &accessible) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->setMaxVisibleItems(20);
        return combo;
    };
    m_kind = makeCombo(QStringLiteral("kindFilter"), tr("Kind filter"));
    m_kind->addItem(tr("Issued and held"), QString());
    m_kind->addItem(tr("Held keys"), toString(CredentialKind::Held));
    m_kind->addItem(tr("Issued keys"), toString(CredentialKind::Issued));
    m_provider = makeCombo(QStringLiteral("providerFilter"), tr("Provider filter"));
    m_environment = makeCombo(QStringLiteral("environmentFilter"), tr("Environment filter"));
    m_owner = makeCombo(QStringLiteral("ownerFilter"), tr("Owner filter"));
    m_criticality = makeCombo(QStringLiteral("criticalityFilter"), tr("Criticality filter"));
    m_status = makeCombo(QStringLiteral("statusFilter"), tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    for (KeyStatus s : allKeyStatuses())
        m_status->addItem(statusLabel(s), toString(s));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("inventoryCount"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_saved);
    searchRow->addWidget(m_saveFilter);
    searchRow->addWidget(m_deleteFilter);
    auto *filterRow = new QHBoxLayout;
    for (QComboBox *combo : {m_kind, m_provider, m_environment, m_owner, m_criticality, m_status})
        filterRow->addWidget(combo, 1);
    filterRow->addWidget(m_clearFilters);
    setTabOrder(m_status, m_clearFilters); // made before the filters: Tab in the order shown

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("Key inventory"));
    showFocusFrame(m_table);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    m_table->setItemDelegateForColumn(InventoryModel::Status, new StatusBadgeDelegate(m_table));
    const QList<QPair<int, int>> widths = {
        {InventoryModel::Name, 230},       {InventoryModel::Kind, 60},   {InventoryModel::Provider, 140},
        {InventoryModel::Environment, 95}, {InventoryModel::Owner, 150}, {InventoryModel::Criticality, 75},
        {InventoryModel::AgeDays, 62},     {InventoryModel::Policy, 55}, {InventoryModel::NextRotation, 100},
        {InventoryModel::LastUsed, 90},    {InventoryModel::Status, 130}};
    // Never narrower than a column's title, which is longer in some languages; what that adds is taken from the
    // wide text columns (they elide), so the Status column stays in view as it does in English.
    QHash<int, int> fitted;
    int excess = 0;
    for (const auto &[column, width] : widths) {
        fitted[column] = std::max(width, m_table->horizontalHeader()->sectionSizeHint(column));
        excess += fitted[column] - width;
    }
    for (const auto &[column, floor] : {std::pair{int(InventoryModel::Name), 170},
                                        {int(InventoryModel::Owner), 110},
                                        {int(InventoryModel::Provider), 105}}) {
        const int give = std::clamp(fitted[column] - floor, 0, excess);
        fitted[column] -= give;
        excess -= give;
    }
    for (auto it = fitted.cbegin(); it != fitted.cend(); ++it)
        m_table->setColumnWidth(it.key(), it.value());
    restoreColumns();

    m_rotate = new QPushButton(tr("&Rotate…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateKeyButton"));
    m_rotate->setAccessibleName(tr("Rotate the selected key"));
    // Alt+V opens the View menu: the mnemonic is M
    m_emergency = new QPushButton(tr("E&mergency revoke…"), this);
    m_emergency->setObjectName(QStringLiteral("emergencyRevokeButton"));
    m_emergency->setAccessibleName(tr("Revoke the selected key at once"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_rotate);
    bottom->addWidget(m_emergency);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    if (workspace) {
        m_details = new KeyDetailsPanel(*workspace, this);
        m_splitter = new QSplitter(Qt::Vertical, this);
        m_splitter->setObjectName(QStringLiteral("inventorySplitter"));
        m_splitter->setChildrenCollapsible(true);
        m_splitter->addWidget(m_table);
        m_splitter->addWidget(m_details);
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 0);
        m_splitter->setCollapsible(0, false);
        m_detailsHeight = std::clamp(QSettings().value(kDetailsHeightKey, 300).toInt(), 120, 2000);
        connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
            if (m_details->credentialId() == 0)
                return;
            m_detailsHeight = m_splitter->sizes().value(1);
            QSettings().setValue(kDetailsHeightKey, m_detailsHeight);
        });
        connect(m_details, &KeyDetailsPanel::credentialShown, this, &InventoryView::fitDetails);
        connect(m_details, &KeyDetailsPanel::auditEventActivated, this, &InventoryView::auditEventRequested);
        fitDetails(0);
        layout->addWidget(m_splitter, 1);
        m_detailsTimer = new QTimer(this);
        m_detailsTimer->setSingleShot(true);
        m_detailsTimer->setInterval(80); // arrowing through the table reads the store once, at the row it stops on
        connect(m_detailsTimer, &QTimer::timeout, this, [this] { m_details->showCredential(selectedCredentialId()); });
        connect(m_model, &InventoryModel::reloaded, m_details, &KeyDetailsPanel::reload);
    } else {
        layout->addWidget(m_table, 1);
    }
    layout->addLayout(bottom);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &InventoryView::showContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &InventoryView::showColumnMenu);
    connect(m_rotate, &QPushButton::clicked, this, [this] { Q_EMIT rotateRequested(selectedCredentialId()); });
    connect(m_emergency, &QPushButton::clicked, this, [this] { Q_EMIT emergencyRequested(selectedCredentialId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateKeyActions();
        if (m_detailsTimer)
            m_detailsTimer->start();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InventoryView::updateKeyActions);

    connect(m_search, &QLineEdit::textChanged, this, &InventoryView::filterControlsChanged);
    for (QComboBox *combo : {m_kind, m_provider, m_environment, m_owner, m_criticality, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &InventoryView::filterControlsChanged);
    connect(m_clearFilters, &QPushButton::clicked, this, &InventoryView::clearFilters);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedFilter(m_saved->itemText(index));
        m_deleteFilter->setEnabled(index > 0);
    });
    connect(m_saveFilter, &QPushButton::clicked, this, &InventoryView::askToSaveFilter);
    connect(m_deleteFilter, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() > 0)
            deleteSavedFilter(m_saved->currentText());
    });

    connect(m_filter, &QAbstractItemModel::modelReset, this, &InventoryView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &InventoryView::updateCount);
    connect(m_model, &InventoryModel::loadingChanged, this, &InventoryView::updateCount);
    connect(m_model, &InventoryModel::reloaded, this, &InventoryView::refillChoices);
    refillChoices();
    refillSavedFilters();
    updateCount();
    updateKeyActions();
}

void InventoryView::fitDetails(qint64 shownId)
{
    if (shownId == 0) {
        m_details->setMaximumHeight(m_details->sizeHint().height());
        return;
    }
    if (m_details->maximumHeight() == QWIDGETSIZE_MAX && m_splitter->sizes().value(1) > 0)
        return; // already open: keep the height the operator chose
    m_details->setMaximumHeight(QWIDGETSIZE_MAX);
    int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1);
    if (total <= 0)
        total = 1000; // not laid out yet: the splitter scales these when it is
    const int height = std::min(m_detailsHeight, std::max(120, total - 150));
    m_splitter->setSizes({std::max(0, total - height), height});
}

InventoryFilter InventoryView::filterFromControls() const
{
    InventoryFilter f;
    f.text = m_search->text();
    f.provider = m_provider->currentData().toString();
    f.environment = m_environment->currentData().toString();
    f.owner = m_owner->currentData().toString();
    f.criticality = m_criticality->currentData().toString();
    f.status = keyStatusFromString(m_status->currentData().toString());
    f.kind = credentialKindFromString(m_kind->currentData().toString());
    return f;
}

void InventoryView::filterControlsChanged()
{
    if (m_applyingFilter)
        return;
    m_filter->setFilter(filterFromControls());
    m_clearFilters->setEnabled(!m_filter->filter().isEmpty());
}

void InventoryView::applyFilter(const InventoryFilter &filter)
{
    m_applyingFilter = true;
    m_search->setText(filter.text);
    selectValue(m_provider, filter.provider);
    selectValue(m_environment, filter.environment);
    selectValue(m_owner, filter.owner);
    selectValue(m_criticality, filter.criticality);
    selectValue(m_status, filter.status ? toString(*filter.status) : QString());
    selectValue(m_kind, filter.kind ? toString(*filter.kind) : QString());
    m_applyingFilter = false;
    filterControlsChanged();
}

void InventoryView::clearFilters()
{
    applyFilter(InventoryFilter{});
    m_saved->setCurrentIndex(0);
    m_deleteFilter->setEnabled(false);
}

void InventoryView::showStatus(std::optional<KeyStatus> status)
{
    const int index = m_status->findData(status ? toString(*status) : QString());
    m_status->setCurrentIndex(std::max(0, index));
}

bool InventoryView::showCredential(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, InventoryModel::Name));
    if (!index.isValid()) {
        clearFilters();
        index = m_filter->mapFromSource(m_model->index(sourceRow, InventoryModel::Name));
        if (!index.isValid())
            return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    if (m_details) {
        m_detailsTimer->stop();
        m_details->showCredential(id);
    }
    return true;
}

void InventoryView::refillChoices()
{
    const auto refill = [](QComboBox *combo, const QString &any, const QStringList &values,
                           QString (*label)(const QString &) = nullptr) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const QString &v : values)
            combo->addItem(label ? label(v) : v, v);
        selectValue(combo, current);
    };
    refill(m_provider, tr("All providers"), m_model->distinctValues(InventoryModel::Provider));
    refill(m_environment, tr("All environments"), m_model->distinctValues(InventoryModel::Environment));
    refill(m_owner, tr("All owners"), m_model->distinctValues(InventoryModel::Owner));
    refill(m_criticality, tr("Any criticality"), m_model->distinctValues(InventoryModel::Criticality),
           &InventoryModel::criticalityLabel);
}

void InventoryView::updateCount()
{
    const QLocale locale;
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_count->setText(tr("Reading the inventory…"));
    else
        m_count->setText(
            tr("%1 of %2 keys shown").arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
    m_clearFilters->setEnabled(!m_filter->filter().isEmpty());
}

// ---- saved filters ----

QStringList InventoryView::savedFilterNames() const
{
    QStringList names;
    for (const QJsonValue &v : readSavedFilters())
        names << v.toObject().value(QLatin1String("name")).toString();
    return names;
}

void InventoryView::refillSavedFilters(const QString &current)
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    const QStringList names = savedFilterNames();
    m_saved->addItem(names.isEmpty() ? tr("No saved filters") : tr("Saved filters…"));
    m_saved->addItems(names);
    m_saved->setCurrentIndex(std::max(0, int(names.indexOf(current)) + 1));
    m_saved->setEnabled(!names.isEmpty());
    m_deleteFilter->setEnabled(m_saved->currentIndex() > 0);
}

Result<void> InventoryView::saveCurrentFilter(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A saved filter needs a name; nothing was saved.")};
    const InventoryFilter filter = m_filter->filter();
    if (filter.isEmpty())
        return Error{tr("Nothing is filtered, so there is nothing to save.")};
    if (looksLikeKeyMaterial(filter.text))
        return Error{tr("The search text looks like a key, and keys are never written to the settings; nothing was "
                        "saved. Search by name, fingerprint or prefix instead.")};
    QJsonArray filters = readSavedFilters();
    const QJsonObject entry{{QStringLiteral("name"), trimmed}, {QStringLiteral("filter"), filter.toJson()}};
    const qsizetype existing = savedFilterNames().indexOf(trimmed);
    if (existing >= 0)
        filters.replace(existing, entry);
    else
        filters.append(entry);
    writeSavedFilters(filters);
    refillSavedFilters(trimmed);
    return {};
}

bool InventoryView::applySavedFilter(const QString &name)
{
    for (const QJsonValue &v : readSavedFilters()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() != name)
            continue;
        applyFilter(InventoryFilter::fromJson(o.value(QLatin1String("filter")).toObject()));
        const QSignalBlocker block(m_saved);
        m_saved->setCurrentIndex(std::max(0, m_saved->findText(name)));
        m_deleteFilter->setEnabled(m_saved->currentIndex() > 0);
        return true;
    }
    return false;
}

void InventoryView::deleteSavedFilter(const QString &name)
{
    QJsonArray filters = readSavedFilters();
    for (qsizetype i = filters.size() - 1; i >= 0; --i) {
        if (filters.at(i).toObject().value(QLatin1String("name")).toString() == name)
            filters.removeAt(i);
    }
    writeSavedFilters(filters);
    refillSavedFilters();
}

void InventoryView::askToSaveFilter()
{
    if (m_filter->filter().isEmpty()) {
        QMessageBox::information(this, tr("Save filter"), tr("Set a filter first: nothing is filtered now."));
        return;
    }
    bool ok = false;
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    const QString name =
        QInputDialog::getText(this, tr("Save filter"), tr("Name of this filter:"), QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    if (auto saved = saveCurrentFilter(name); !saved)
        QMessageBox::warning(this, tr("Save filter"), saved.errorMessage());
}

// ---- columns ----

void InventoryView::restoreColumns()
{
    const QStringList hidden = QSettings().value(kHiddenColumnsKey).toStringList();
    for (int column = 0; column < InventoryModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, column != InventoryModel::Name && hidden.contains(columnKey(column)));
}

void InventoryView::setColumnVisible(int column, bool visible)
{
    if (column <= InventoryModel::Name || column >= InventoryModel::ColumnCount)
        return; // the name always shows
    m_table->setColumnHidden(column, !visible);
    QStringList hidden;
    for (int c = 0; c < InventoryModel::ColumnCount; ++c) {
        if (m_table->isColumnHidden(c))
            hidden << columnKey(c);
    }
    QSettings().setValue(kHiddenColumnsKey, hidden);
}

void InventoryView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.addSection(tr("Columns"));
    for (int column = 0; column < InventoryModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(column != InventoryModel::Name);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Show all columns")), &QAction::triggered, this, [this] {
        for (int column = 0; column < InventoryModel::ColumnCount; ++column)
            setColumnVisible(column, true);
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

// ---- key actions ----

qint64 InventoryView::selectedCredentialId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return 0;
    return rows.first().data(InventoryModel::CredentialIdRole).toLongLong();
}

void InventoryView::setRotationAvailable(bool available, const QString &why)
{
    m_rotationAvailable = available;
    m_unavailableReason = why;
    updateKeyActions();
}

QString InventoryView::whyNotRotatable() const
{
    if (!m_rotationAvailable)
        return m_unavailableReason.isEmpty() ? tr("The services are not connected: set them in Settings.")
                                             : m_unavailableReason;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1)
        return tr("Select one key: rotations run one key at a time.");
    if (rows.isEmpty())
        return {};
    const Credential &c = m_model->rowAt(m_filter->mapToSource(rows.first()).row()).data.credential;
    if (c.kind == CredentialKind::Issued)
        return tr("%1 is an issued key: issued keys rotate as campaigns with their consumers, which come later.")
            .arg(c.name);
    if (c.lifecycle == Lifecycle::Revoked)
        return tr("%1 is revoked.").arg(c.name);
    return {};
}

void InventoryView::setActionShortcuts(const QKeySequence &rotate, const QKeySequence &emergency)
{
    m_rotateKey = rotate;
    m_emergencyKey = emergency;
    updateKeyActions();
}

void InventoryView::updateKeyActions()
{
    const QString why = whyNotRotatable();
    const bool selected = selectedCredentialId() != 0;
    m_rotate->setEnabled(why.isEmpty());
    m_emergency->setEnabled(why.isEmpty());
    m_rotate->setToolTip(
        !why.isEmpty() ? why
        : selected     ? withShortcut(tr("Rotate the selected key: new key, vault, grace period, then the old key "
                                             "is revoked."),
                                      m_rotateKey)
                       : withShortcut(tr("Choose a held key and rotate it."), m_rotateKey));
    m_emergency->setToolTip(
        !why.isEmpty() ? why
        : selected ? withShortcut(tr("Revoke the selected key at once, with a new key in the vault."), m_emergencyKey)
                   : withShortcut(tr("Choose a held key and revoke it at once."), m_emergencyKey));
}

void InventoryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    QAction *rotate = menu.addAction(tr("&Rotate…"));
    rotate->setObjectName(QStringLiteral("rotateKeyAction"));
    QAction *revoke = menu.addAction(tr("E&mergency revoke…"));
    revoke->setObjectName(QStringLiteral("emergencyRevokeAction"));
    for (QAction *action : {rotate, revoke}) {
        action->setEnabled(m_rotate->isEnabled());
        action->setToolTip(action == rotate ? m_rotate->toolTip() : m_emergency->toolTip());
    }
    QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == rotate)
        Q_EMIT rotateRequested(selectedCredentialId());
    else if (chosen == revoke)
        Q_EMIT emergencyRequested(selectedCredentialId());
}

} // namespace keyturn
