#pragma once

#include "core/Result.h"

class QWidget;

namespace keyturn {

/// Renders a widget to a PNG file (works off-screen and under Xvfb). Nothing secret is ever on screen to capture.
Result<void> saveScreenshot(QWidget *widget, const QString &file);

} // namespace keyturn
