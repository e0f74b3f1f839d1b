#pragma once

#include <QWidget>

namespace keyturn {

/// An honest empty page: what the view will show and which capability fills it. No sample data.
class EmptyStateView : public QWidget
{
    Q_OBJECT
public:
    EmptyStateView(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace keyturn
