#include "WindowLayout.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>

namespace keyturn::windowlayout {

namespace {
/// The header whose layout is a person's choice: the horizontal header of a table or tree bound to a model.
/// QTableWidgets are skipped: their columns are built per selection (the key details' small tables).
QHeaderView *layoutHeader(QAbstractItemView *view)
{
    if (qobject_cast<QTableWidget *>(view) || !view->model())
        return nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

/// Each table and splitter is named by its object name, or by its position among its kind in the view.
template<typename T> QList<std::pair<QString, T *>> named(const QWidget *view, const char *kind)
{
    QList<std::pair<QString, T *>> result;
    const QList<T *> children = view->findChildren<T *>();
    for (int i = 0; i < children.size(); ++i) {
        const QString name = children[i]->objectName().isEmpty()
                                 ? QStringLiteral("%1%2").arg(QLatin1String(kind)).arg(i)
                                 : children[i]->objectName();
        result.append({QStringLiteral("layout/%1/%2").arg(view->objectName(), name), children[i]});
    }
    return result;
}
} // namespace

void restore(QWidget *view, QSettings &settings)
{
    for (const auto &[key, itemView] : named<QAbstractItemView>(view, "table")) {
        QHeaderView *header = layoutHeader(itemView);
        const QVariant saved = settings.value(key + QStringLiteral("/columns"));
        if (!header || !saved.isValid())
            continue;
        // a layout saved for another set of columns would hide or misplace the new ones
        if (settings.value(key + QStringLiteral("/columnCount")).toInt() != header->count())
            continue;
        header->restoreState(saved.toByteArray());
    }
    for (const auto &[key, splitter] : named<QSplitter>(view, "splitter")) {
        const QVariant saved = settings.value(key + QStringLiteral("/sizes"));
        if (saved.isValid())
            splitter->restoreState(saved.toByteArray());
    }
}

void save(const QWidget *view, QSettings &settings)
{
    for (const auto &[key, itemView] : named<QAbstractItemView>(view, "table")) {
        QHeaderView *header = layoutHeader(itemView);
        if (!header || header->count() == 0)
            continue;
        settings.setValue(key + QStringLiteral("/columns"), header->saveState());
        settings.setValue(key + QStringLiteral("/columnCount"), header->count());
    }
    for (const auto &[key, splitter] : named<QSplitter>(view, "splitter"))
        settings.setValue(key + QStringLiteral("/sizes"), splitter->saveState());
}

} // namespace keyturn::windowlayout
