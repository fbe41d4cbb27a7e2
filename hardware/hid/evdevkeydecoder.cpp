// SPDX-License-Identifier: MIT
#include "evdevkeydecoder.h"

#include <linux/input-event-codes.h>

namespace Omnitote {

namespace {

struct KeyChars
{
    int code;
    char plain;
    char shifted;
};

// The printable keys of a US layout. Keypad keys type digits (scanners send them with Num Lock on).
constexpr KeyChars usLayout[] = {
    {KEY_1, '1', '!'},          {KEY_2, '2', '@'},           {KEY_3, '3', '#'},
    {KEY_4, '4', '$'},          {KEY_5, '5', '%'},           {KEY_6, '6', '^'},
    {KEY_7, '7', '&'},          {KEY_8, '8', '*'},           {KEY_9, '9', '('},
    {KEY_0, '0', ')'},          {KEY_MINUS, '-', '_'},       {KEY_EQUAL, '=', '+'},
    {KEY_Q, 'q', 'Q'},          {KEY_W, 'w', 'W'},           {KEY_E, 'e', 'E'},
    {KEY_R, 'r', 'R'},          {KEY_T, 't', 'T'},           {KEY_Y, 'y', 'Y'},
    {KEY_U, 'u', 'U'},          {KEY_I, 'i', 'I'},           {KEY_O, 'o', 'O'},
    {KEY_P, 'p', 'P'},          {KEY_LEFTBRACE, '[', '{'},   {KEY_RIGHTBRACE, ']', '}'},
    {KEY_A, 'a', 'A'},          {KEY_S, 's', 'S'},           {KEY_D, 'd', 'D'},
    {KEY_F, 'f', 'F'},          {KEY_G, 'g', 'G'},           {KEY_H, 'h', 'H'},
    {KEY_J, 'j', 'J'},          {KEY_K, 'k', 'K'},           {KEY_L, 'l', 'L'},
    {KEY_SEMICOLON, ';', ':'},  {KEY_APOSTROPHE, '\'', '"'}, {KEY_GRAVE, '`', '~'},
    {KEY_BACKSLASH, '\\', '|'}, {KEY_Z, 'z', 'Z'},           {KEY_X, 'x', 'X'},
    {KEY_C, 'c', 'C'},          {KEY_V, 'v', 'V'},           {KEY_B, 'b', 'B'},
    {KEY_N, 'n', 'N'},          {KEY_M, 'm', 'M'},           {KEY_COMMA, ',', '<'},
    {KEY_DOT, '.', '>'},        {KEY_SLASH, '/', '?'},       {KEY_SPACE, ' ', ' '},
    {KEY_KP0, '0', '0'},        {KEY_KP1, '1', '1'},         {KEY_KP2, '2', '2'},
    {KEY_KP3, '3', '3'},        {KEY_KP4, '4', '4'},         {KEY_KP5, '5', '5'},
    {KEY_KP6, '6', '6'},        {KEY_KP7, '7', '7'},         {KEY_KP8, '8', '8'},
    {KEY_KP9, '9', '9'},        {KEY_KPDOT, '.', '.'},       {KEY_KPMINUS, '-', '-'},
    {KEY_KPPLUS, '+', '+'},     {KEY_KPASTERISK, '*', '*'},  {KEY_KPSLASH, '/', '/'},
};

int keypadDigit(int code)
{
    switch (code) {
    case KEY_KP0:
        return 0;
    case KEY_KP1:
        return 1;
    case KEY_KP2:
        return 2;
    case KEY_KP3:
        return 3;
    case KEY_KP4:
        return 4;
    case KEY_KP5:
        return 5;
    case KEY_KP6:
        return 6;
    case KEY_KP7:
        return 7;
    case KEY_KP8:
        return 8;
    case KEY_KP9:
        return 9;
    default:
        return -1;
    }
}

} // namespace

QChar EvdevKeyDecoder::character(int code, bool shifted)
{
    for (const KeyChars &key : usLayout) {
        if (key.code == code)
            return QLatin1Char(shifted ? key.shifted : key.plain);
    }
    return {};
}

std::optional<HidKey> EvdevKeyDecoder::feed(int type, int code, int value)
{
    if (type != EV_KEY)
        return std::nullopt;
    const bool down = value != 0; // 1 press, 2 auto-repeat, 0 release
    switch (code) {
    case KEY_LEFTSHIFT:
        m_leftShift = down;
        return std::nullopt;
    case KEY_RIGHTSHIFT:
        m_rightShift = down;
        return std::nullopt;
    case KEY_LEFTCTRL:
    case KEY_RIGHTCTRL:
        m_ctrl = down;
        return std::nullopt;
    case KEY_LEFTALT:
    case KEY_RIGHTALT:
        m_alt = down;
        return std::nullopt;
    case KEY_CAPSLOCK:
        if (value == 1)
            m_capsLock = !m_capsLock;
        return std::nullopt;
    default:
        break;
    }
    if (value != 1)
        return std::nullopt; // releases and auto-repeat: a scanner's key is pressed once
    if (m_ctrl && code == KEY_RIGHTBRACE)
        return HidKey::character(QChar(0x1D)); // Ctrl+] is GS (FNC1)
    if (m_alt && keypadDigit(code) >= 0)
        return HidKey::altDigit(keypadDigit(code)); // Alt+0,2,9 on the keypad is GS too
    if (m_ctrl || m_alt)
        return std::nullopt;
    if (code == KEY_ENTER || code == KEY_KPENTER)
        return HidKey::enter();
    if (code == KEY_TAB)
        return HidKey::tab();
    const bool shifted = m_leftShift || m_rightShift;
    QChar c = character(code, shifted);
    if (c.isNull())
        return std::nullopt;
    if (m_capsLock && c.isLetter())
        c = shifted ? c.toLower() : c.toUpper();
    return HidKey::character(c);
}

} // namespace Omnitote
