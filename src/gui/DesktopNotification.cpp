#include "gui/DesktopNotification.h"

#include <QApplication>
#include <QIcon>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace Berth::Gui {

void DesktopNotification::show(QWidget *window, const QString &title, const QString &message,
                               bool failed)
{
    if (window)
        QApplication::alert(window);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    // A tray icon only for the message's lifetime: Berth has no tray presence otherwise.
    auto *icon = new QSystemTrayIcon(QApplication::windowIcon(), qApp);
    icon->show();
    icon->showMessage(title, message,
                      failed ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10000);
    const QPointer<QWidget> target(window);
    QObject::connect(icon, &QSystemTrayIcon::messageClicked, icon, [target] {
        if (target) {
            target->showNormal();
            target->raise();
            target->activateWindow();
        }
    });
    QTimer::singleShot(15000, icon, &QObject::deleteLater);
}

} // namespace Berth::Gui
