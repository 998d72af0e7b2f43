// Passwords that appear at the top of every breach corpus (and their 12+ character
// cousins, since shorter ones already fail the length rule). Compared case-insensitively.
// A short list by design: the goal is to stop the obvious, not to ship a breach database.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "123456789012", "1234567890123", "12345678901234", "123456789123", "1234567891011",
  "012345678901", "098765432109", "987654321098", "111111111111", "000000000000",
  "123123123123", "121212121212", "112233445566", "123321123321", "147258369147",
  "password1234", "password12345", "password123456", "password2024", "password2025",
  "password2026", "passwordpassword", "password!123", "p@ssw0rd1234", "p@ssword1234",
  "passw0rd1234", "mypassword123", "thisismypassword", "changeme1234", "changemenow!",
  "qwertyuiop12", "qwertyuiop123", "qwertyuiopasdf", "qwerty123456", "qwertyqwerty",
  "qwerty12345678", "1qaz2wsx3edc", "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "zaq12wsxcde3",
  "asdfghjkl123", "asdfghjkl;'", "zxcvbnm12345", "zxcvbnmasdfg", "qazwsxedcrfv",
  "iloveyou1234", "iloveyou123456", "princess1234", "sunshine1234", "football1234",
  "baseball1234", "superman1234", "batman123456", "starwars1234", "pokemon12345",
  "monkey123456", "dragon123456", "letmein12345", "letmeinplease", "welcome12345",
  "welcome123456", "welcometo2024", "trustno1trustno1", "administrator", "administrator1",
  "admin1234567", "admin12345678", "adminadmin123", "adminpassword", "rootpassword",
  "qwerty", "password", "123456", "12345678", "123456789", "1234567890", "letmein", "admin",
  "welcome", "iloveyou", "abc123456789", "abcdefghijkl", "abcdef123456", "aaaaaaaaaaaa",
  "secretpassword", "supersecret123", "correcthorsebatterystaple", "helloworld123",
  "qwerty123qwerty", "master123456", "shadow123456", "michael123456", "jennifer1234",
  "computer1234", "internet1234", "whatever1234", "freedom12345", "1234qwerasdf",
  // Local favourites: the country, the capital, keyboard walks on a Cyrillic layout.
  "kazakhstan123", "kazakhstan2024", "qazaqstan123", "astana123456", "almaty123456",
  "йцукенгшщзхъ", "йцукен123456", "пароль123456", "парольпароль", "tyndau123456",
]);
