#pragma once

#include <QString>

namespace Berth {

// A unified diff (as `diff -u` prints it) between two versions of a text file, for the
// preview shown before Berth saves anything. Empty when the texts are equal.
[[nodiscard]] QString unifiedDiff(const QString &before, const QString &after,
                                  const QString &fileName, int context = 3);

} // namespace Berth
