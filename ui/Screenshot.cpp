#include "Screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>

namespace keyturn {

Result<void> saveScreenshot(QWidget *widget, const QString &file)
{
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{
            QCoreApplication::translate("keyturn::Screenshot", "cannot create the folder %1").arg(info.absolutePath())};
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(file, "PNG"))
        return Error{QCoreApplication::translate("keyturn::Screenshot", "cannot write the screenshot %1").arg(file)};
    return {};
}

} // namespace keyturn
