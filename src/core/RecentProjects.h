#pragma once

#include <QSettings>
#include <QStringList>

namespace Berth {

// The "Open Recent" list, most recent first, kept in QSettings so it survives restarts.
// Paths are stored absolute and cleaned, so the same folder reached two ways is one entry.
// Not thread-safe; lives with the settings object it is given (the GUI thread).
class RecentProjects
{
public:
    static constexpr qsizetype MaxEntries = 10;

    explicit RecentProjects(QSettings &settings);

    [[nodiscard]] QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths);

    QSettings &m_settings;
};

} // namespace Berth
