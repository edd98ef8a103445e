namespace FrontDoor.Tests.Conversation;

/// <summary>Whole conversations as (the family says, the bot's answer contains) lines.</summary>
public static class Scripts
{
    public static readonly (string Say, string Expect)[] FindAndBook =
    [
        ("hello", "What would you like to do"),
        ("Find a group", "How old is your child"),
        ("2 years", "What is your postcode"),
        ("SW1A 1AA", "When would you like to go"),
        ("This week", "Stay and Play"),
        ("Book 1", "phone number or email"),
        ("07700 900123", "How many children"),
        ("1", "Book 1 place(s) at Stay and Play"),
        ("Yes", "You're booked"),
        ("My bookings", "6-digit code"),
        (ChatHarness.TheCode, "Booked (reference BK-"),
        ("Cancel 1", "Cancel your place at Stay and Play"),
        ("Yes", "Your place is cancelled"),
    ];

    public static readonly (string Say, string Expect)[] SelfReferral =
    [
        ("hi", "What would you like to do"),
        ("Ask for support", "what name should we use"),
        ("Sam", "Are you the child's"),
        ("Mum", "How should we contact you"),
        ("Phone call", "What is your phone number"),
        ("07700 900123", "When is it safe and easy"),
        ("Weekday mornings", "safe for us to leave you a message"),
        ("No", "date of birth"),
        ("14/03/2025, 01/05/2022", "What is your postcode"),
        ("SW1A 1AA", "What would you like help with"),
        ("Ideas for bedtime", "Which language would you like us to use"),
        ("English", "How did you hear about us"),
        ("Health visitor", "Do you agree that we can contact you"),
        ("Yes", "share your details with them"),
        ("No", "Please check your answers"),
        ("Send my request", "Someone will be in touch within 2 working days"),
    ];
}
