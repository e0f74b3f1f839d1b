#pragma once

#include <QString>

class QSettings;
class QWidget;

namespace keyturn {

/// The layout a person arranged in a view: the column order, widths, hidden columns and sort of its tables, and the
/// positions of its splitters. Kept in QSettings under "layout/<view>/…" so the next start looks the same; only
/// header and splitter geometry is written, never a cell's content.
namespace windowlayout {

/// Restores the layouts saved for the tables and splitters inside `view` (a main view, named by its object name).
/// A saved layout that no longer fits a table (a column added since) is ignored for that table.
void restore(QWidget *view, QSettings &settings);
/// Saves the layouts of the tables and splitters inside `view`.
void save(const QWidget *view, QSettings &settings);

} // namespace windowlayout
} // namespace keyturn
