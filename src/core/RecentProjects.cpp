#include "core/RecentProjects.h"

#include <QDir>
#include <QFileInfo>

namespace Berth {

namespace {

constexpr QLatin1String SettingsKey("recentProjects");

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentProjects::RecentProjects(QSettings &settings)
    : m_settings(settings)
{ }

QStringList RecentProjects::paths() const
{
    return m_settings.value(SettingsKey).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString entry = normalized(path);
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    if (list.size() > MaxEntries)
        list.resize(MaxEntries);
    store(list);
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(normalized(path));
    store(list);
}

void RecentProjects::clear()
{
    store({});
}

void RecentProjects::store(const QStringList &paths)
{
    m_settings.setValue(SettingsKey, paths);
}

} // namespace Berth
