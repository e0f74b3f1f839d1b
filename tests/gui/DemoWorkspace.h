#pragma once

#include "core/Result.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/domain/Clock.h"
#include "core/models/InventoryModel.h"

#include <memory>

namespace keyturn::test {

/// A fresh demo workspace at `path`, opened as `actor` with its inventory read: what the GUI tests start from.
inline Result<std::unique_ptr<Workspace>> openDemoWorkspace(const QString &path, const QString &actor)
{
    if (auto built = DemoWorld::create(path, SystemClock::instance().now()); !built)
        return built.error();
    auto opened = Workspace::open(path, actor, SystemClock::instance());
    if (!opened)
        return opened.error();
    opened.value()->inventoryModel()->reload();
    return std::move(opened.value());
}

} // namespace keyturn::test
