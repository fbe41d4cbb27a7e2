// SPDX-License-Identifier: MIT
#pragma once

#include <QQuickItem>
#include <QString>

#include <algorithm>

namespace Omnitote::Testing {

/**
 * The visible item with this objectName below `root`, searched through the visual tree (items a
 * Loader or a view creates are not QObject children of the window), or nullptr.
 */
inline QQuickItem *visibleItem(QQuickItem *root, const QString &objectName)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    const auto children = root->childItems();
    for (auto *child : children) {
        if (auto *found = visibleItem(child, objectName))
            return found;
    }
    return nullptr;
}

/** True when a visible item below `root` shows exactly `text`. */
inline bool sceneShowsText(QQuickItem *root, const QString &text)
{
    if (!root || !root->isVisible())
        return false;
    if (root->property("text").toString() == text)
        return true;
    const auto children = root->childItems();
    return std::any_of(children.begin(), children.end(),
                       [&](QQuickItem *child) { return sceneShowsText(child, text); });
}

} // namespace Omnitote::Testing
